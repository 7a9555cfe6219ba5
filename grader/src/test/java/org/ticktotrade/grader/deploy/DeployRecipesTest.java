package org.ticktotrade.grader.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ready-made grading recipes in {@code grader/deploy}: the GitHub Actions workflow and the
 * Kubernetes Jobs. Nothing here can run them (no runners, no cluster), so they are checked as far as
 * this machine allows, and every check is shown to fail on a broken copy:
 * <ul>
 * <li>structure, read with Jackson YAML: the pieces sharded grading depends on (the shard matrix and
 *     {@code KATA_SHARD_INDEX}, {@code --shard auto/N} agreeing with the Job's completions, the PVC the
 *     volumes name, Guaranteed-QoS resources) and that the folders the shards write are the ones the
 *     merge reads;</li>
 * <li>the shell in every script, with {@code bash -n};</li>
 * <li>the real parsers, with Node: GitHub's workflow parser and the Kubernetes API schemas
 *     ({@code grader/deploy/check}, installed under {@code grader/target/deploy-check} only). Skipped,
 *     saying so, where node or npm is missing.</li>
 * </ul>
 */
class DeployRecipesTest {

    private static final Path GRADER = graderDir();
    private static final Path DEPLOY = GRADER.resolve("deploy");
    private static final Path WORKFLOW = DEPLOY.resolve("github-actions/grade-sharded.yml");
    private static final Path VOLUME = DEPLOY.resolve("kubernetes/shared-volume.yaml");
    private static final Path GRADE_JOB = DEPLOY.resolve("kubernetes/grade-indexed-job.yaml");
    private static final Path MERGE_JOB = DEPLOY.resolve("kubernetes/grade-merge-job.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    // ---------------------------------------------------------------------------------------------
    // GitHub Actions

    @Test
    void workflowShardsByMatrixAndMergesWhatTheShardsUploaded() throws IOException {
        checkWorkflow(yaml(Files.readString(WORKFLOW)));
    }

    @Test
    void workflowChecksFailOnBrokenCopies() throws IOException {
        String text = Files.readString(WORKFLOW);
        Map<String, Function<String, String>> broken = new LinkedHashMap<>();
        broken.put("fail-fast on", t -> replace(t, "fail-fast: false", "fail-fast: true"));
        broken.put("shard index from the wrong matrix key", t -> replace(t,
                "KATA_SHARD_INDEX: ${{ matrix.shard }}", "KATA_SHARD_INDEX: ${{ matrix.index }}"));
        broken.put("artifact name the download pattern misses", t -> replace(t,
                "name: shard-${{ matrix.shard }}", "name: part-${{ matrix.shard }}"));
        broken.put("downloads merged into one folder", t -> replace(t, "merge-multiple: false", "merge-multiple: true"));
        broken.put("merge does not wait for the shards", t -> replace(t, "needs: [plan, grade]", "needs: [plan]"));
        broken.put("merge skipped when a shard failed", t -> replace(t,
                "if: always() && needs.plan.result == 'success'", "if: needs.plan.result == 'success'"));
        broken.put("a fixed shard count", t -> replace(t, "--shard \"auto/$SHARDS\"", "--shard auto/4"));
        broken.put("an input pasted into a script", t -> replace(t,
                "./kata grade \"$WEEK\"", "./kata grade \"${{ inputs.week }}\""));
        for (var e : broken.entrySet()) {
            JsonNode mutated = yaml(e.getValue().apply(text));
            assertThrows(AssertionError.class, () -> checkWorkflow(mutated), "a workflow with " + e.getKey() + " passed");
        }
    }

    static void checkWorkflow(JsonNode wf) {
        JsonNode inputs = wf.path("on").path("workflow_dispatch").path("inputs");
        for (String input : List.of("week", "submissions", "shards")) {
            assertTrue(inputs.has(input), "workflow_dispatch has no input '" + input + "'");
        }
        JsonNode jobs = wf.path("jobs");
        JsonNode plan = jobs.path("plan");
        assertTrue(plan.path("outputs").has("shards") && plan.path("outputs").has("count"),
                "the plan job outputs the shard list and count");

        JsonNode grade = jobs.path("grade");
        assertTrue(strings(grade.path("needs")).contains("plan"), "grade needs plan");
        JsonNode strategy = grade.path("strategy");
        assertTrue(strategy.path("fail-fast").isBoolean() && !strategy.path("fail-fast").booleanValue(),
                "grade: fail-fast: false, so one failed shard does not cancel the rest");
        assertEquals("${{fromJSON(needs.plan.outputs.shards)}}", noSpaces(strategy.path("matrix").path("shard").asText()),
                "the matrix comes from the plan job's JSON list");
        Map<String, String> env = env(grade);
        assertEquals("${{matrix.shard}}", noSpaces(env.getOrDefault("KATA_SHARD_INDEX", "")),
                "grade sets KATA_SHARD_INDEX from matrix.shard");
        List<JsonNode> steps = list(grade.path("steps"));
        step(steps, "uses", "actions/checkout@").orElseThrow(() -> new AssertionError("grade checks out the repository"));
        JsonNode java = step(steps, "uses", "actions/setup-java@")
                .orElseThrow(() -> new AssertionError("grade sets up Java"));
        assertEquals("temurin", java.path("with").path("distribution").asText(), "setup-java: temurin");
        assertEquals("25", java.path("with").path("java-version").asText(), "setup-java: JDK 25");
        assertTrue(runs(steps).stream().anyMatch(s -> s.contains("apt-get install") && s.contains("bubblewrap")),
                "grade installs bubblewrap");
        assertFalse(step(steps, "uses", "actions/upload-artifact@").isEmpty(), "grade uploads its shard");
        for (JsonNode job : list(jobs)) {
            for (String script : runs(list(job.path("steps")))) {
                // ${{ }} in a script is pasted in before the shell runs: inputs go through env instead.
                assertFalse(script.contains("${{"), "a run script uses ${{ }} (pass it through env):\n" + script);
            }
        }

        List<String> gradeCmd = command(runs(steps), "./kata grade ");
        String shardArg = option(gradeCmd, "--shard");
        assertTrue(shardArg.startsWith("auto/"), "grade runs --shard auto/N, got " + shardArg);
        String count = shardArg.substring("auto/".length());
        assertTrue(count.startsWith("$"), "the shard count comes from the plan job, got auto/" + count);
        assertEquals("${{needs.plan.outputs.count}}", noSpaces(env.getOrDefault(count.replaceAll("[${}]", ""), "")),
                "auto/" + count + " is the plan job's count");

        JsonNode merge = jobs.path("merge");
        assertTrue(strings(merge.path("needs")).contains("grade"), "merge needs grade");
        assertTrue(merge.path("if").asText().contains("always()"), "merge runs even when a shard failed (if: always())");
        List<JsonNode> mergeSteps = list(merge.path("steps"));
        JsonNode download = step(mergeSteps, "uses", "actions/download-artifact@v4")
                .orElseThrow(() -> new AssertionError("merge downloads the shards with download-artifact@v4"));
        assertTrue(download.path("with").path("merge-multiple").isBoolean()
                && !download.path("with").path("merge-multiple").booleanValue(), "each shard keeps its own folder");
        String mergeScript = runs(mergeSteps).stream().filter(s -> s.contains("./kata grade merge")).findFirst()
                .orElseThrow(() -> new AssertionError("merge runs ./kata grade merge"));
        List<String> mergeCmd = command(List.of(mergeScript), "./kata grade merge ");
        String mergedOut = option(mergeCmd, "--out");
        JsonNode mergedUpload = step(mergeSteps, "uses", "actions/upload-artifact@v4")
                .orElseThrow(() -> new AssertionError("merge uploads the merged result"));
        assertEquals(mergedOut, mergedUpload.path("with").path("path").asText(), "merge uploads what it wrote");

        // The folders line up: grade writes out/shard-K, uploads it as an artifact that the download's
        // pattern picks and puts back at out/shard-K, and merge's glob reads it (but not its own output).
        JsonNode upload = step(steps, "uses", "actions/upload-artifact@v4")
                .orElseThrow(() -> new AssertionError("grade uploads with upload-artifact@v4"));
        String shardGlob = shardGlob(mergeScript);
        for (int k = 1; k <= 3; k++) {
            String gradeOut = option(gradeCmd, "--out").replace("${KATA_SHARD_INDEX}", "" + k).replace("$KATA_SHARD_INDEX", "" + k);
            String uploaded = matrix(upload.path("with").path("path").asText(), k);
            String name = matrix(upload.path("with").path("name").asText(), k);
            assertEquals(gradeOut, uploaded, "shard " + k + ": the upload takes what grade wrote");
            assertTrue(glob(download.path("with").path("pattern").asText(), name),
                    "shard " + k + ": artifact " + name + " is not matched by the download pattern");
            assertEquals(gradeOut, download.path("with").path("path").asText() + "/" + name,
                    "shard " + k + ": the download puts the artifact back where grade wrote it");
            assertTrue(glob(shardGlob, gradeOut), "shard " + k + ": merge's " + shardGlob + " misses " + gradeOut);
        }
        assertFalse(glob(shardGlob, mergedOut), "merge's own output " + mergedOut + " matches its input glob " + shardGlob);
    }

    // ---------------------------------------------------------------------------------------------
    // Kubernetes

    @Test
    void indexedJobGradesOneShardPerIndexAndTheMergeJobReadsThemAll() throws IOException {
        checkKubernetes(yamlDocs(Files.readString(VOLUME)), yamlDocs(Files.readString(GRADE_JOB)),
                yamlDocs(Files.readString(MERGE_JOB)));
    }

    @Test
    void kubernetesChecksFailOnBrokenCopies() throws IOException {
        String volume = Files.readString(VOLUME);
        String grade = Files.readString(GRADE_JOB);
        String merge = Files.readString(MERGE_JOB);
        Map<String, Function<String, String>> brokenGrade = new LinkedHashMap<>();
        brokenGrade.put("completions that disagree with --shard auto/N", t -> replace(t, "completions: 4", "completions: 5"));
        brokenGrade.put("a non-indexed Job", t -> replace(t, "completionMode: Indexed", "completionMode: NonIndexed"));
        brokenGrade.put("a volume naming no defined claim", t -> replace(t, "claimName: kata-grading", "claimName: kata-other"));
        brokenGrade.put("requests below limits (Burstable QoS)", t -> replace(t, "requests:\n              cpu: \"4\"",
                "requests:\n              cpu: \"3\""));
        brokenGrade.put("fractional CPUs", t -> t.replace("cpu: \"4\"", "cpu: 3500m"));
        brokenGrade.put("pods restarted in place", t -> replace(t, "restartPolicy: Never", "restartPolicy: OnFailure"));
        brokenGrade.put("0-based shard folders", t -> replace(t, "$((JOB_COMPLETION_INDEX + 1))", "$JOB_COMPLETION_INDEX"));
        for (var e : brokenGrade.entrySet()) {
            List<JsonNode> mutated = yamlDocs(e.getValue().apply(grade));
            assertThrows(AssertionError.class, () -> checkKubernetes(yamlDocs(volume), mutated, yamlDocs(merge)),
                    "a grading Job with " + e.getKey() + " passed");
        }
        Map<String, Function<String, String>> brokenMerge = new LinkedHashMap<>();
        brokenMerge.put("an output its own glob reads", t -> replace(t, "--out /shared/out/merged", "--out /shared/out/shard-all"));
        brokenMerge.put("a glob that misses the shards", t -> replace(t, "(/shared/out/shard-*)", "(/shared/shard-*)"));
        brokenMerge.put("another claim", t -> replace(t, "claimName: kata-grading", "claimName: kata-other"));
        for (var e : brokenMerge.entrySet()) {
            List<JsonNode> mutated = yamlDocs(e.getValue().apply(merge));
            assertThrows(AssertionError.class, () -> checkKubernetes(yamlDocs(volume), yamlDocs(grade), mutated),
                    "a merge Job with " + e.getKey() + " passed");
        }
        Map<String, Function<String, String>> brokenVolume = new LinkedHashMap<>();
        brokenVolume.put("a single-access volume", t -> replace(t, "- ReadWriteMany", "- ReadWriteOnce"));
        brokenVolume.put("a claim of another name", t -> replace(t, "name: kata-grading", "name: kata-shared"));
        for (var e : brokenVolume.entrySet()) {
            List<JsonNode> mutated = yamlDocs(e.getValue().apply(volume));
            assertThrows(AssertionError.class, () -> checkKubernetes(mutated, yamlDocs(grade), yamlDocs(merge)),
                    "a volume with " + e.getKey() + " passed");
        }
    }

    static void checkKubernetes(List<JsonNode> volumeDocs, List<JsonNode> gradeDocs, List<JsonNode> mergeDocs) {
        List<JsonNode> claims = kind(volumeDocs, "PersistentVolumeClaim");
        assertEquals(1, claims.size(), "shared-volume.yaml defines the shared PersistentVolumeClaim");
        JsonNode claim = claims.getFirst();
        assertTrue(strings(claim.path("spec").path("accessModes")).contains("ReadWriteMany"),
                "the shared volume is ReadWriteMany: pods on several nodes write to it at once");
        String claimName = claim.path("metadata").path("name").asText();

        JsonNode job = single(kind(gradeDocs, "Job"), "grade-indexed-job.yaml has one Job");
        JsonNode spec = job.path("spec");
        assertEquals("Indexed", spec.path("completionMode").asText(), "the grading Job is Indexed");
        assertTrue(spec.path("completions").isInt(), "completions is a number");
        int n = spec.path("completions").intValue();
        assertTrue(n >= 1, "completions >= 1");
        assertTrue(spec.path("parallelism").isInt() && spec.path("parallelism").intValue() >= 1
                && spec.path("parallelism").intValue() <= n, "1 <= parallelism <= completions");
        assertTrue(spec.path("backoffLimit").isInt(), "the grading Job sets backoffLimit");
        JsonNode pod = spec.path("template").path("spec");
        assertEquals("Never", pod.path("restartPolicy").asText(), "grading pods: restartPolicy Never");
        JsonNode container = single(list(pod.path("containers")), "one grading container");
        String gradeScript = script(container);
        List<String> gradeCmd = command(List.of(gradeScript), "./kata grade ");
        assertEquals("auto/" + n, option(gradeCmd, "--shard"), "--shard auto/N with N = completions (" + n + ")");
        assertFalse(env(container).containsKey("KATA_SHARD_INDEX"),
                "KATA_SHARD_INDEX would override the Job's JOB_COMPLETION_INDEX");
        checkVolumes(pod, container, claimName, "grading Job");
        checkGuaranteed(container, true, "grading container");

        JsonNode mergeJob = single(kind(mergeDocs, "Job"), "grade-merge-job.yaml has one Job");
        assertFalse("Indexed".equals(mergeJob.path("spec").path("completionMode").asText()), "the merge Job is a plain Job");
        JsonNode mergePod = mergeJob.path("spec").path("template").path("spec");
        assertEquals("Never", mergePod.path("restartPolicy").asText(), "merge pod: restartPolicy Never");
        JsonNode mergeContainer = single(list(mergePod.path("containers")), "one merge container");
        assertEquals(container.path("image").asText(), mergeContainer.path("image").asText(), "both Jobs use the same image");
        String mergeScript = script(mergeContainer);
        String mergedOut = option(command(List.of(mergeScript), "./kata grade merge "), "--out");
        checkVolumes(mergePod, mergeContainer, claimName, "merge Job");
        checkGuaranteed(mergeContainer, false, "merge container");

        // Index i writes shard-(i+1); the merge's glob reads every one of them, and not its own output.
        String shardGlob = shardGlob(mergeScript);
        String out = option(gradeCmd, "--out");
        Pattern index = Pattern.compile("\\$\\(\\(\\s*JOB_COMPLETION_INDEX\\s*\\+\\s*1\\s*\\)\\)");
        assertTrue(index.matcher(out).find(), "shard folders are numbered JOB_COMPLETION_INDEX + 1, like the shards: " + out);
        for (int i = 0; i < n; i++) {
            String dir = index.matcher(out).replaceAll("" + (i + 1));
            assertEquals("/shared/out/shard-" + (i + 1), dir, "index " + i + " writes its shard's folder");
            assertTrue(glob(shardGlob, dir), "merge's " + shardGlob + " misses " + dir);
            assertTrue(mounted(container, dir) && mounted(mergeContainer, dir), dir + " is on the shared volume in both Jobs");
        }
        assertFalse(glob(shardGlob, mergedOut), "merge's own output " + mergedOut + " matches its input glob " + shardGlob);
        assertTrue(mounted(mergeContainer, mergedOut), "the merged result lands on the shared volume");
    }

    /** Every volume claim is the one defined; every mount names a volume; /shared is the claim. */
    private static void checkVolumes(JsonNode pod, JsonNode container, String claimName, String what) {
        Map<String, JsonNode> volumes = new LinkedHashMap<>();
        for (JsonNode v : list(pod.path("volumes"))) {
            volumes.put(v.path("name").asText(), v);
            if (v.has("persistentVolumeClaim")) {
                assertEquals(claimName, v.path("persistentVolumeClaim").path("claimName").asText(),
                        what + ": volume " + v.path("name").asText() + " names the claim defined in shared-volume.yaml");
            }
        }
        boolean shared = false;
        for (JsonNode m : list(container.path("volumeMounts"))) {
            JsonNode v = volumes.get(m.path("name").asText());
            assertNotNull(v, what + ": mount " + m.path("name").asText() + " names no volume");
            if (m.path("mountPath").asText().equals("/shared")) {
                shared = v.has("persistentVolumeClaim");
            }
        }
        assertTrue(shared, what + ": /shared is the shared claim");
    }

    /** requests == limits for cpu and memory (Guaranteed QoS), whole CPUs where benchmarks run. */
    private static void checkGuaranteed(JsonNode container, boolean wholeCores, String what) {
        JsonNode requests = container.path("resources").path("requests");
        JsonNode limits = container.path("resources").path("limits");
        for (String r : List.of("cpu", "memory")) {
            assertTrue(requests.has(r) && limits.has(r), what + ": requests and limits set " + r);
        }
        assertEquals(requests, limits, what + ": requests == limits (Guaranteed QoS)");
        if (wholeCores) {
            assertTrue(requests.path("cpu").asText().matches("[1-9][0-9]*"),
                    what + ": whole CPUs, got " + requests.path("cpu").asText());
        }
    }

    private static boolean mounted(JsonNode container, String path) {
        return list(container.path("volumeMounts")).stream()
                .anyMatch(m -> path.equals(m.path("mountPath").asText()) || path.startsWith(m.path("mountPath").asText() + "/"));
    }

    private static String script(JsonNode container) {
        List<String> command = strings(container.path("command"));
        assertTrue(command.size() == 3 && command.get(0).endsWith("bash") && command.get(1).equals("-c"),
                "the container runs bash -c SCRIPT, got " + command);
        return command.get(2);
    }

    // ---------------------------------------------------------------------------------------------
    // Shell

    @Test
    void everyScriptIsValidBash(@TempDir Path dir) throws Exception {
        Path bash = onPath("bash");
        assumeTrue(bash != null, "bash is not on PATH: the recipes' scripts are not syntax-checked");
        Map<String, String> scripts = scripts();
        assertTrue(scripts.size() >= 5, "found the recipes' scripts: " + scripts.keySet());
        for (var e : scripts.entrySet()) {
            Run r = bashN(bash, dir, e.getValue());
            assertEquals(0, r.exit(), e.getKey() + " is not valid bash:\n" + r.output() + "\n" + e.getValue());
        }
        // and bash -n does catch a broken one
        String any = scripts.values().iterator().next();
        assertTrue(bashN(bash, dir, any + "\nif true; then\n").exit() != 0, "bash -n passed an unclosed if");
    }

    private static Map<String, String> scripts() throws IOException {
        Map<String, String> scripts = new LinkedHashMap<>();
        JsonNode wf = yaml(Files.readString(WORKFLOW));
        wf.path("jobs").properties().forEach(job -> {
            int i = 0;
            for (JsonNode s : list(job.getValue().path("steps"))) {
                i++;
                if (s.has("run")) {
                    scripts.put("workflow job " + job.getKey() + " step " + i, s.path("run").asText());
                }
            }
        });
        for (Path p : List.of(GRADE_JOB, MERGE_JOB)) {
            for (JsonNode job : kind(yamlDocs(Files.readString(p)), "Job")) {
                for (JsonNode c : list(job.path("spec").path("template").path("spec").path("containers"))) {
                    scripts.put(p.getFileName() + " container " + c.path("name").asText(), script(c));
                }
            }
        }
        return scripts;
    }

    private static Run bashN(Path bash, Path dir, String script) throws Exception {
        Path file = Files.createTempFile(dir, "script", ".sh");
        Files.writeString(file, script);
        return run(List.of(bash.toString(), "-n", file.toString()), dir, Map.of(), 30);
    }

    // ---------------------------------------------------------------------------------------------
    // Real parsers (Node)

    @Test
    void realParsersAcceptTheRecipesAndRejectBrokenCopies() throws Exception {
        Path node = onPath("node");
        Path npm = onPath("npm");
        assumeTrue(node != null && npm != null, "node or npm is not on PATH: the recipes in grader/deploy are not"
                + " checked with GitHub's workflow parser and the Kubernetes schemas (install Node.js 20 or newer)");
        Path work = GRADER.resolve("target/deploy-check");
        Files.createDirectories(work);
        // Present but too old is a broken setup, not a reason to skip: the parsers need node 20.6+
        // (module.register, which the loader hook uses; @actions/workflow-parser's engines: >= 20).
        Run version = run(List.of(node.toString(), "-p", "process.versions.node"), work, Map.of(), 30);
        String[] v = version.output().strip().split("\\.");
        assertTrue(version.exit() == 0 && v.length == 3 && (Integer.parseInt(v[0]) > 20
                || Integer.parseInt(v[0]) == 20 && Integer.parseInt(v[1]) >= 6),
                "the deploy check needs Node.js 20.6 or newer; " + node + " is " + version.output().strip());
        Path source = DEPLOY.resolve("check");
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, work.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        // npm's cache and logs stay under target too; nothing is written next to the sources.
        Map<String, String> env = Map.of("npm_config_cache", work.resolve(".npm-cache").toString(),
                "npm_config_update_notifier", "false");
        Path stamp = work.resolve("node_modules/.installed-from-lock");
        byte[] lock = Files.readAllBytes(work.resolve("package-lock.json"));
        if (!Files.exists(stamp) || !java.util.Arrays.equals(lock, Files.readAllBytes(stamp))) {
            Run install = run(List.of(npm.toString(), "ci", "--no-audit", "--no-fund", "--loglevel=error"), work, env, 300);
            assertEquals(0, install.exit(), "npm ci in " + work + " failed (it needs the npm registry):\n" + install.output());
            Files.write(stamp, lock);
        }

        List<Path> recipes = List.of(WORKFLOW, VOLUME, GRADE_JOB, MERGE_JOB);
        Run ok = validate(node, work, recipes);
        assertEquals(0, ok.exit(), "the real parsers reject a recipe:\n" + ok.output());
        for (Path p : recipes) {
            assertTrue(ok.output().contains("ok   " + p), "no verdict for " + p + ":\n" + ok.output());
        }

        // The same parsers on broken copies: each must fail, for the reason planted.
        Path broken = work.resolve("broken");
        Files.createDirectories(broken);
        String wf = Files.readString(WORKFLOW);
        String gradeJob = Files.readString(GRADE_JOB);
        String mergeJob = Files.readString(MERGE_JOB);
        Map<Path, String> plants = new LinkedHashMap<>();
        plants.put(write(broken.resolve("misspelled-key.yml"), replace(wf, "runs-on: ubuntu-latest\n    timeout-minutes: 180",
                "runs-onn: ubuntu-latest\n    timeout-minutes: 180")), "runs-onn");
        plants.put(write(broken.resolve("bad-expression.yml"), replace(wf, "fromJSON(needs.plan.outputs.shards) }}",
                "fromJSON(needs.plan.outputs.shards }}")), "Unexpected");
        plants.put(write(broken.resolve("sideways-job.yaml"), replace(gradeJob, "completionMode: Indexed",
                "completionMode: Sideways")), "completionMode");
        plants.put(write(broken.resolve("wrong-type-job.yaml"), replace(mergeJob, "backoffLimit: 0",
                "backoffLimit: none")), "backoffLimit must be integer");
        plants.put(write(broken.resolve("bad-claim.yaml"), replace(Files.readString(VOLUME), "- ReadWriteMany",
                "- ReadWriteLots")), "accessModes");
        Run bad = validate(node, work, List.copyOf(plants.keySet()));
        assertEquals(1, bad.exit(), "the real parsers passed broken recipes:\n" + bad.output());
        for (var e : plants.entrySet()) {
            Matcher verdict = Pattern.compile("(?m)^FAIL " + Pattern.quote(e.getKey().toString()) + " .*(\\n {7}.*)*").matcher(bad.output());
            assertTrue(verdict.find(), e.getKey() + " was not rejected:\n" + bad.output());
            assertTrue(verdict.group().contains(e.getValue()), e.getKey() + " was rejected, but not for "
                    + e.getValue() + ":\n" + verdict.group());
        }
    }

    private static Run validate(Path node, Path work, List<Path> files) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(node.toString(), "--import", "./register.mjs", "validate.mjs"));
        files.forEach(f -> cmd.add(f.toString()));
        return run(cmd, work, Map.of(), 120);
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text);
    }

    // ---------------------------------------------------------------------------------------------
    // helpers

    record Run(int exit, String output) {}

    private static Run run(List<String> cmd, Path dir, Map<String, String> env, int timeoutSeconds) throws Exception {
        Path log = Files.createTempFile("deploy-recipes", ".log");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor();
                fail(String.join(" ", cmd) + " did not finish in " + timeoutSeconds + " s:\n" + Files.readString(log));
            }
            return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return Path.of(dir, program);
            }
        }
        return null;
    }

    private static Path graderDir() {
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of(System.getProperty("user.dir")));
        Optional.ofNullable(System.getProperty("kata.home")).ifPresent(h -> candidates.add(Path.of(h, "grader")));
        return candidates.stream().map(Path::toAbsolutePath).map(Path::normalize)
                .filter(p -> Files.isDirectory(p.resolve("deploy/github-actions")))
                .findFirst().orElseThrow(() -> new IllegalStateException("no grader/deploy under " + candidates));
    }

    private static JsonNode yaml(String text) throws IOException {
        return YAML.readTree(text);
    }

    private static List<JsonNode> yamlDocs(String text) throws IOException {
        try (var it = YAML.readerFor(JsonNode.class).<JsonNode>readValues(text)) {
            return it.readAll().stream().filter(d -> d != null && !d.isNull() && !d.isMissingNode()).toList();
        }
    }

    private static List<JsonNode> kind(List<JsonNode> docs, String kind) {
        return docs.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
    }

    private static JsonNode single(List<JsonNode> nodes, String what) {
        assertEquals(1, nodes.size(), what);
        return nodes.getFirst();
    }

    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        node.forEach(out::add);
        return out;
    }

    /** A string or a list of strings, as {@code needs:} and {@code accessModes:} may be. */
    private static List<String> strings(JsonNode node) {
        return node.isTextual() ? List.of(node.asText()) : list(node).stream().map(JsonNode::asText).toList();
    }

    /** A job's {@code env:} mapping, or a container's {@code env:} list of name/value pairs. */
    private static Map<String, String> env(JsonNode holder) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode e = holder.path("env");
        if (e.isArray()) {
            e.forEach(v -> env.put(v.path("name").asText(), v.path("value").asText()));
        } else {
            e.properties().forEach(v -> env.put(v.getKey(), v.getValue().asText()));
        }
        return env;
    }

    private static Optional<JsonNode> step(List<JsonNode> steps, String key, String prefix) {
        return steps.stream().filter(s -> s.path(key).asText().startsWith(prefix)).findFirst();
    }

    private static List<String> runs(List<JsonNode> steps) {
        return steps.stream().filter(s -> s.has("run")).map(s -> s.path("run").asText()).toList();
    }

    /** The words of the (continued) command line in these scripts that starts with {@code prefix}. */
    private static List<String> command(List<String> scripts, String prefix) {
        for (String script : scripts) {
            for (String line : script.replace("\\\n", " ").split("\n")) {
                int at = line.indexOf(prefix);
                if (at >= 0) {
                    return words(line.substring(at));
                }
            }
        }
        throw new AssertionError("no script runs " + prefix.strip());
    }

    /** Shell words, quotes removed (enough for these command lines: no escapes inside quotes). */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static String option(List<String> words, String name) {
        int i = words.indexOf(name);
        assertTrue(i >= 0 && i + 1 < words.size(), "no " + name + " in " + words);
        return words.get(i + 1);
    }

    /** The glob a merge script hands to {@code ./kata grade merge}: the one naming shard folders. */
    private static String shardGlob(String script) {
        Matcher m = Pattern.compile("[^\\s(\"']*shard-\\*").matcher(script);
        assertTrue(m.find(), "the merge script globs the shard folders (…/shard-*):\n" + script);
        return m.group();
    }

    private static boolean glob(String pattern, String path) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        return matcher.matches(Path.of(path));
    }

    private static String matrix(String value, int shard) {
        return value.replaceAll("\\$\\{\\{\\s*matrix\\.shard\\s*}}", "" + shard);
    }

    private static String noSpaces(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** Replaces a fragment that must be there, so a mutation never silently becomes a no-op. */
    private static String replace(String text, String from, String to) {
        assertTrue(text.contains(from), "the recipe no longer contains '" + from + "' (update the mutation)");
        return text.replace(from, to);
    }
}
