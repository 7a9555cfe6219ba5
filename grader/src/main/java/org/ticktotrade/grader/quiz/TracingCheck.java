package org.ticktotrade.grader.quiz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ticktotrade.grader.build.Compilation;
import org.ticktotrade.grader.build.JavaBuild;
import org.ticktotrade.grader.build.SourceSet;
import org.ticktotrade.grader.fork.ForkResult;
import org.ticktotrade.grader.fork.ForkSpec;
import org.ticktotrade.grader.fork.ForkedJvm;
import org.ticktotrade.grader.fork.Isolation;

/**
 * Keeps Tracing questions honest: compiles each program with JDK 25 and, if it compiles, runs it and
 * compares what it prints with the answer the quiz gives. A quiz cannot claim a program prints
 * something it does not.
 */
public final class TracingCheck {

    private static final Pattern CLASS = Pattern.compile("(?m)^\\s*(?:public\\s+)?(?:final\\s+)?class\\s+(\\w+)");

    private TracingCheck() {}

    /** @return the problem, or empty when the question's answer is what the JDK does */
    public static Optional<String> verify(Question.Tracing q, Path workDir) {
        try {
            Matcher m = CLASS.matcher(q.program());
            String main = m.find() ? m.group(1) : "Main";
            Path src = workDir.resolve("src");
            Files.createDirectories(src);
            Files.writeString(src.resolve(main + ".java"), q.program());
            Compilation c = JavaBuild.compile(new SourceSet("quiz program", List.of(src)), List.of(), null,
                    workDir.resolve("classes"), src);
            if (c.success() != q.doesCompile()) {
                return Optional.of(q.id() + ": the quiz says the program " + (q.doesCompile() ? "compiles" : "does not compile")
                        + ", but javac " + (c.success() ? "compiles it" : "rejects it: " + c.errors().getFirst().render()));
            }
            if (!q.doesCompile()) {
                if (q.lineNumber() != null && c.errors().stream().noneMatch(e -> e.line() == q.lineNumber())) {
                    return Optional.of(q.id() + ": the quiz says line " + q.lineNumber() + " is rejected, javac says: "
                            + c.errors().getFirst().render());
                }
                return Optional.empty();
            }
            ForkSpec spec = ForkSpec.builder("quiz-" + q.id(), main)
                    .classpath(List.of(c.output()))
                    .heapMb(64)
                    .wallTime(Duration.ofSeconds(20))
                    .workDir(workDir.resolve("run"))
                    .build();
            ForkResult r = new ForkedJvm(Isolation.NONE).run(spec, null);
            if (r.timedOut() || r.exitCode() != 0) {
                return Optional.of(q.id() + ": the program " + r.describeEnd("20 s") + "\n" + r.stderr());
            }
            String expected = Question.Tracing.normaliseOutput(q.stdout());
            String actual = Question.Tracing.normaliseOutput(r.stdout());
            return expected.equals(actual) ? Optional.empty()
                    : Optional.of(q.id() + ": the quiz says it prints\n" + expected + "\nbut it prints\n" + actual);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
