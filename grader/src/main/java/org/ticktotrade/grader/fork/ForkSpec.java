package org.ticktotrade.grader.fork;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What to run in a fresh JVM and within which limits.
 *
 * @param classpath    entries, in order (the course's harness first, so it cannot be shadowed)
 * @param jvmOptions   extra options after the grader's own limits
 * @param workDir      the fork's working directory and temp dir: its only scratch space
 * @param readOnlyPaths what the fork needs to read besides its class path (an OS sandbox binds these)
 * @param stdin        bytes written to the fork's standard input, which is then closed
 * @param environment  variables added to the fork's environment (e.g. where a JVM plugin is)
 */
public record ForkSpec(
        String label,
        List<Path> classpath,
        String mainClass,
        List<String> args,
        List<String> jvmOptions,
        int heapMb,
        int metaspaceMb,
        Duration wallTime,
        int outputCapBytes,
        Path workDir,
        List<Path> readOnlyPaths,
        byte[] stdin,
        java.util.Map<String, String> environment) {

    public ForkSpec {
        classpath = List.copyOf(classpath);
        args = List.copyOf(args);
        jvmOptions = List.copyOf(jvmOptions);
        readOnlyPaths = List.copyOf(readOnlyPaths);
        stdin = stdin == null ? new byte[0] : stdin.clone();
        environment = environment == null ? java.util.Map.of() : java.util.Map.copyOf(environment);
    }

    public static Builder builder(String label, String mainClass) {
        return new Builder(label, mainClass);
    }

    /** Builder with the defaults every fork shares. */
    public static final class Builder {
        private final String label;
        private final String mainClass;
        private final List<Path> classpath = new ArrayList<>();
        private final List<String> args = new ArrayList<>();
        private final List<String> jvmOptions = new ArrayList<>();
        private final List<Path> readOnly = new ArrayList<>();
        private int heapMb = 512;
        private int metaspaceMb = 256;
        private Duration wallTime = Duration.ofMinutes(2);
        private int outputCapBytes = 1 << 20;
        private Path workDir;
        private byte[] stdin;
        private final java.util.Map<String, String> environment = new java.util.LinkedHashMap<>();

        private Builder(String label, String mainClass) {
            this.label = label;
            this.mainClass = mainClass;
        }

        public Builder classpath(List<Path> entries) {
            classpath.addAll(entries);
            return this;
        }

        public Builder args(String... values) {
            args.addAll(List.of(values));
            return this;
        }

        public Builder args(List<String> values) {
            args.addAll(values);
            return this;
        }

        public Builder jvmOptions(String... values) {
            jvmOptions.addAll(List.of(values));
            return this;
        }

        public Builder readOnly(Path path) {
            readOnly.add(path);
            return this;
        }

        public Builder heapMb(int value) {
            heapMb = value;
            return this;
        }

        public Builder metaspaceMb(int value) {
            metaspaceMb = value;
            return this;
        }

        public Builder wallTime(Duration value) {
            wallTime = value;
            return this;
        }

        public Builder outputCapBytes(int value) {
            outputCapBytes = value;
            return this;
        }

        public Builder workDir(Path value) {
            workDir = value;
            return this;
        }

        public Builder stdin(byte[] value) {
            stdin = value;
            return this;
        }

        public Builder env(String name, String value) {
            environment.put(name, value);
            return this;
        }

        public ForkSpec build() {
            if (workDir == null) {
                throw new IllegalStateException("a fork needs its own work dir");
            }
            return new ForkSpec(label, classpath, mainClass, args, jvmOptions, heapMb, metaspaceMb, wallTime,
                    outputCapBytes, workDir, readOnly, stdin, environment);
        }
    }
}
