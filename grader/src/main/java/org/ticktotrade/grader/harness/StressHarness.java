package org.ticktotrade.grader.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openjdk.jcstress.JCStress;
import org.openjdk.jcstress.Options;
import org.openjdk.jcstress.infra.collectors.DiskReadCollector;
import org.openjdk.jcstress.infra.collectors.InProcessCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.grading.GradingResult;
import org.openjdk.jcstress.infra.grading.TestGrading;

/**
 * Runs jcstress inside a forked JVM and writes one signed record per (test, JVM configuration).
 * The learner's code runs only in jcstress's own child JVMs, never in this one, so the result key is
 * out of its reach. Started only by the grader: {@code StressHarness <results-file> <jcstress args...>}.
 */
public final class StressHarness {

    private StressHarness() {}

    public static void main(String[] args) throws IOException, ClassNotFoundException {
        ResultWriter out = ResultWriter.open(Path.of(args[0]));
        String[] jcstressArgs = List.of(args).subList(1, args.length).toArray(String[]::new);
        Options options = new Options(jcstressArgs);
        if (!options.parse()) {
            out.write(Map.of("type", "harness-error", "message", "jcstress rejected its options"));
            Runtime.getRuntime().halt(2);
        }
        out.write(Map.of("type", "harness-started"));
        try {
            new JCStress(options).run();
        } catch (Throwable expectedOnFailure) {
            // jcstress signals failing tests by throwing from its own report printer; the verdicts are
            // read from the result blob below, so the throw itself carries no extra information.
        }
        Path blob = Path.of(options.getResultFile());
        if (!Files.exists(blob)) {
            out.write(Map.of("type", "harness-error", "message", "jcstress wrote no results (" + blob + ")"));
            out.close();
            Runtime.getRuntime().halt(1);
        }
        InProcessCollector collector = new InProcessCollector();
        DiskReadCollector reader = new DiskReadCollector(blob.toString(), collector);
        reader.dump();
        reader.close();
        for (TestResult r : collector.getTestResults()) {
            out.write(record(r));
        }
        out.write(Map.of("type", "done"));
        out.close();
        Runtime.getRuntime().halt(0);
    }

    private static Map<String, Object> record(TestResult r) {
        TestGrading grading = r.grading();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "result");
        m.put("test", r.getName());
        m.put("status", r.status().name());
        m.put("passed", grading.isPassed && r.status().name().equals("NORMAL"));
        m.put("interesting", grading.hasInteresting);
        m.put("samples", r.getTotalCount());
        m.put("jvmArgs", r.getConfig() == null ? List.of() : r.getConfig().jvmArgs);
        m.put("compileMode", r.getConfig() == null ? -1 : r.getConfig().compileMode);
        List<Map<String, Object>> outcomes = new ArrayList<>();
        for (GradingResult g : grading.gradingResults.values()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", g.id);
            o.put("expect", g.expect.name());
            o.put("count", g.count);
            o.put("description", g.description);
            outcomes.add(o);
        }
        m.put("outcomes", outcomes);
        m.put("failures", grading.failureMessages);
        List<String> messages = new ArrayList<>(r.getMessages());
        Stream.of(r.getVmErr(), r.getVmOut()).flatMap(List::stream).limit(20).forEach(messages::add);
        m.put("messages", messages.stream().limit(30).toList());
        return m;
    }
}
