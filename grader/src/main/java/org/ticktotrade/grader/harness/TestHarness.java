package org.ticktotrade.grader.harness;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs a week's JUnit Platform tests (Jupiter and jqwik) inside a forked JVM and streams one signed
 * record per finished test. Started only by the grader:
 * {@code TestHarness <results-file> <course-package> <test-timeout-seconds> <test-class>...}.
 *
 * <p>Records are keyed by {@code class#method}, the class being the concrete test class (so properties
 * inherited from an abstract base are told apart per subclass) and the method the nearest testable
 * method (so parameterized and repeated invocations roll up into their method).
 */
public final class TestHarness {

    private static final int OUTPUT_CAP = 4_000;

    /**
     * The week's class folders, in order, when they are not on the class path: a JVM cannot write a CDS
     * archive with a non-empty folder on its class path, so the grader passes them here and keeps the
     * class path to jars. They load in a child loader, parent first: the harness and libraries still win.
     */
    public static final String CLASS_DIRS_PROPERTY = "kata.harness.classDirs";

    private TestHarness() {}

    public static void main(String[] args) {
        ResultWriter out = ResultWriter.open(Path.of(args[0]));
        String coursePackage = args[1];
        String timeout = args[2] + " s";
        List<String> classes = List.of(args).subList(3, args.length);
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));

        // every run of a submission generates the same jqwik examples (FixedPropertySeeds)
        System.setProperty(FixedPropertySeeds.SWITCH, "true");
        ClassLoader loader = weekLoader();
        Thread.currentThread().setContextClassLoader(loader);
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(classes.stream().map(c -> DiscoverySelectors.selectClass(loader, c)).toList())
                .configurationParameter("junit.platform.output.capture.stdout", "true")
                .configurationParameter("junit.platform.output.capture.stderr", "true")
                .configurationParameter("junit.platform.output.capture.maxBuffer", String.valueOf(64 * 1024))
                .configurationParameter("junit.jupiter.execution.timeout.default", timeout)
                // a test spinning without checking interrupts must not hold up the tests after it
                .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
                .configurationParameter("jqwik.reporting.usejunitplatform", "true")
                .configurationParameter("jqwik.reporting.onlyfailures", "true")
                .configurationParameter("jqwik.database", tmp.resolve("jqwik-database").toString())
                .build();

        Launcher launcher = LauncherFactory.create();
        out.write(Map.of("type", "harness-started"));
        launcher.execute(request, new Streaming(out, coursePackage));
        out.write(Map.of("type", "done"));
        out.close();
        System.out.flush();
        System.err.flush();
        // halt, not exit: learner threads or shutdown hooks must not keep the JVM (or its verdict) hostage
        Runtime.getRuntime().halt(0);
    }

    private static ClassLoader weekLoader() {
        ClassLoader app = ClassLoader.getSystemClassLoader();
        String dirs = System.getProperty(CLASS_DIRS_PROPERTY);
        if (dirs == null || dirs.isEmpty()) {
            return app;
        }
        URL[] urls = Arrays.stream(dirs.split(File.pathSeparator)).map(d -> {
            try {
                return Path.of(d).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(d, e);
            }
        }).toArray(URL[]::new);
        // a test that starts a child JVM with -cp ${java.class.path} (week 06's kill -9 test) needs the week's
        // classes there too: the class path as it would have been without the archive-friendly split
        System.setProperty("java.class.path", System.getProperty("java.class.path") + File.pathSeparator + dirs);
        return new URLClassLoader("week", urls, app);
    }

    /** Streams results as they happen, so a crash or kill still leaves everything that finished. */
    private static final class Streaming implements TestExecutionListener {
        private final ResultWriter out;
        private final String coursePackage;
        private final Map<String, StringBuilder> output = new ConcurrentHashMap<>();
        private final Map<String, Long> startedAt = new ConcurrentHashMap<>();
        private TestPlan plan;

        Streaming(ResultWriter out, String coursePackage) {
            this.out = out;
            this.coursePackage = coursePackage;
        }

        @Override
        public void testPlanExecutionStarted(TestPlan testPlan) {
            this.plan = testPlan;
            List<String> keys = new ArrayList<>();
            for (TestIdentifier root : testPlan.getRoots()) {
                collectTests(root, keys);
            }
            out.write(Map.of("type", "plan", "tests", keys));
        }

        private void collectTests(TestIdentifier id, List<String> keys) {
            key(id).filter(k -> !keys.contains(k)).ifPresent(keys::add);
            for (TestIdentifier child : plan.getChildren(id)) {
                collectTests(child, keys);
            }
        }

        @Override
        public void executionStarted(TestIdentifier id) {
            startedAt.put(id.getUniqueId(), System.nanoTime());
            key(id).ifPresent(k -> out.write(Map.of("type", "started", "key", k)));
        }

        @Override
        public void executionSkipped(TestIdentifier id, String reason) {
            key(id).ifPresent(k -> out.write(Map.of("type", "skipped", "key", k, "reason", String.valueOf(reason))));
        }

        @Override
        public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
            StringBuilder sb = output.computeIfAbsent(id.getUniqueId(), u -> new StringBuilder());
            synchronized (sb) {
                entry.getKeyValuePairs().forEach((k, v) -> {
                    if (sb.length() < OUTPUT_CAP) {
                        sb.append(k.equals("stdout") || k.equals("stderr") ? "" : k + ": ").append(v);
                        if (!v.endsWith("\n")) {
                            sb.append('\n');
                        }
                    }
                });
            }
        }

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            Long start = startedAt.remove(id.getUniqueId());
            long millis = start == null ? 0 : (System.nanoTime() - start) / 1_000_000;
            Map<String, Object> record = new LinkedHashMap<>();
            Optional<String> key = key(id);
            if (key.isPresent()) {
                record.put("type", "finished");
                record.put("key", key.get());
                record.put("invocation", !isTestableMethod(id));
            } else if (id.getSource().orElse(null) instanceof ClassSource cs) {
                if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                    return;
                }
                record.put("type", "container-failed");
                record.put("class", cs.getClassName());
            } else {
                if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                    return;
                }
                record.put("type", "engine-failed");
                record.put("engine", id.getDisplayName());
            }
            record.put("display", id.getDisplayName());
            record.put("status", result.getStatus().name());
            record.put("millis", millis);
            result.getThrowable().ifPresent(t -> record.put("failure", Failures.describe(t, coursePackage)));
            StringBuilder captured = output.remove(id.getUniqueId());
            if (captured != null) {
                String text = captured.toString();
                record.put("output", text.length() > OUTPUT_CAP ? text.substring(0, OUTPUT_CAP) + "\n[output capped]" : text);
            }
            out.write(record);
        }

        /** class#method for anything at or below a testable method; empty for classes and engines. */
        private Optional<String> key(TestIdentifier id) {
            for (TestIdentifier at = id; at != null; at = plan.getParent(at).orElse(null)) {
                if (at.getSource().orElse(null) instanceof MethodSource ms) {
                    return Optional.of(concreteClass(at, ms) + "#" + ms.getMethodName());
                }
            }
            return Optional.empty();
        }

        private boolean isTestableMethod(TestIdentifier id) {
            return id.getSource().orElse(null) instanceof MethodSource
                    && plan.getParent(id).flatMap(TestIdentifier::getSource).orElse(null) instanceof ClassSource;
        }

        /** The class the method runs in, which for an inherited test is the subclass, not the declarer. */
        private String concreteClass(TestIdentifier methodId, MethodSource ms) {
            return plan.getParent(methodId)
                    .flatMap(TestIdentifier::getSource)
                    .filter(ClassSource.class::isInstance)
                    .map(s -> ((ClassSource) s).getClassName())
                    .orElse(ms.getClassName());
        }
    }
}
