package org.ticktotrade.grader.instructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ticktotrade.grader.GraderHome;
import org.ticktotrade.grader.Kata;
import org.ticktotrade.grader.fork.ForkedJvm;

/**
 * Where bubblewrap cannot run (here: not on the PATH), {@code grade} refuses; with
 * {@code --unsafe-no-sandbox} it grades, and every report says the batch ran unsandboxed.
 */
class GradeUnsandboxedTest {

    @Test
    void noSandboxMeansNoGradingUnlessTheInstructorSaysSoAndThenEveryReportSaysSo() throws Exception {
        Path base = BatchFixtures.freshBase("unsandboxed");
        Path course = BatchFixtures.courseCopy(base.resolve("course"));
        Path subs = Files.createDirectories(base.resolve("submissions"));
        BatchFixtures.folder(subs, "does-not-compile", "alice");
        Path out = base.resolve("out");

        Run refused = grade(course, List.of("grade", "week-01", "--submissions", subs.toString(), "--out", out.toString(),
                "--gate", "build"), base.resolve("refused.log"));
        assertEquals(2, refused.exit, refused.log);
        assertTrue(refused.log.contains("cannot sandbox submissions here") && refused.log.contains("--unsafe-no-sandbox"), refused.log);
        assertFalse(Files.exists(out.resolve("submissions/alice/batch.json")), "nothing was graded");

        Run unsafe = grade(course, List.of("grade", "week-01", "--submissions", subs.toString(), "--out", out.toString(),
                "--gate", "build", "--unsafe-no-sandbox"), base.resolve("unsafe.log"));
        assertEquals(0, unsafe.exit, unsafe.log);
        assertTrue(unsafe.log.contains("UNSANDBOXED"), unsafe.log);
        ObjectMapper json = new ObjectMapper();
        JsonNode record = json.readTree(out.resolve("submissions/alice/batch.json").toFile());
        assertFalse(record.path("sandboxed").asBoolean());
        JsonNode report = json.readTree(out.resolve("submissions/alice/result.json").toFile());
        assertTrue(report.path("notes").toString().contains("UNSANDBOXED"), report.path("notes").toString());
        assertTrue(Files.readString(out.resolve("summary.html")).contains("Graded without a sandbox"));
        assertTrue(Files.readString(out.resolve("submissions/alice/feedback.html")).contains("UNSANDBOXED"));
        String csv = Files.readString(out.resolve("gradebook.csv"));
        assertTrue(csv.lines().skip(1).allMatch(l -> l.contains(",NO,")), csv);
        assertTrue(Files.readString(out.resolve("run.json")).contains("\"sandboxed\" : false"));
    }

    private record Run(int exit, String log) {}

    /** grade in its own JVM, with a PATH on which there is no bwrap. */
    private static Run grade(Path course, List<String> args, Path logFile) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ForkedJvm.javaBinary().toString()));
        cmd.addAll(ForkedJvm.QUIET_FLAGS);
        cmd.addAll(List.of("-Dkata.home=" + course, "-cp", GraderHome.get().classes() + File.pathSeparator
                + GraderHome.get().classes().getParent().resolve("lib") + File.separator + "*", Kata.class.getName()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile());
        pb.environment().put("PATH", "/nonexistent");
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("grade did not finish:\n" + Files.readString(logFile));
        }
        return new Run(p.exitValue(), Files.readString(logFile));
    }
}
