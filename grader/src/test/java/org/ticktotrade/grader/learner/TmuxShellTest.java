package org.ticktotrade.grader.learner;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell on a real terminal, driven through tmux the way a learner types (send-keys) and read the
 * way they see it (capture-pane): it opens on the progress view, Tab completes {@code check w} to the
 * week id, a quiz answered in the shell shows its score in the progress view, and {@code exit} ends
 * the process cleanly. The grader runs with the launcher's own java command line. {@code ./kata setup}
 * installs tmux where it is missing.
 */
class TmuxShellTest {

    private final String socket = "kata-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    private static final String SESSION = "shell";

    @AfterEach
    void stopTmux() throws Exception {
        tmux("kill-server");
    }

    @Test
    void tabCompletesAWeekAQuizScoreShowsInProgressAndExitLeaves(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("tmux"), "tmux is not installed (./kata setup installs it)");
        LearnerFixture.course(dir);
        Path script = dir.resolve("run-shell.sh");
        String command = LearnerFixture.kataCommand(dir).stream().map(TmuxShellTest::quote).collect(Collectors.joining(" "));
        Files.writeString(script, "#!/bin/sh\n" + command + "\necho \"KATA-EXIT=$?\"\nsleep 120\n");
        script.toFile().setExecutable(true);

        long t0 = System.nanoTime();
        tmux("new-session", "-d", "-s", SESSION, "-x", "120", "-y", "50", script.toString());
        // capture-pane drops trailing spaces, so prompts are matched without theirs
        String opened = waitFor(screen -> screen.contains("kata>"), "the prompt");
        System.out.printf("TmuxShellTest: the shell's prompt appeared %d ms after start%n", (System.nanoTime() - t0) / 1_000_000);
        assertTrue(opened.contains("your progress") && opened.contains("0/5 steps"), "it opens on the progress view:\n" + opened);

        keys("check w", "Tab");
        waitFor(screen -> lastPromptLine(screen).equals("kata> check week-01"), "Tab completing check w to check week-01");
        keys("C-u");

        keys("quiz week-01 2", "Enter");
        waitFor(screen -> screen.contains("answer>"), "the first question");
        keys("42", "Enter");
        waitFor(screen -> screen.contains("does it compile? (y/n)>"), "the Tracing question");
        keys("y", "Enter");
        waitFor(screen -> screen.contains("then an empty line to finish"), "the output prompt");
        keys("hello", "Enter");
        keys("Enter");
        waitFor(screen -> screen.contains("Score: 2/2 (100%), saved"), "the score");

        keys("progress", "Enter");
        waitFor(screen -> screen.contains("quizzes  1: -  2: 100%  average 50%"), "the score in the progress view");

        keys("exit", "Enter");
        waitFor(screen -> screen.contains("KATA-EXIT=0"), "the shell to exit with code 0");
    }

    private static String lastPromptLine(String screen) {
        List<String> prompts = screen.lines().filter(l -> l.startsWith("kata>")).toList();
        return prompts.isEmpty() ? "" : prompts.getLast().stripTrailing();
    }

    private void keys(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", SESSION));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    private String waitFor(Predicate<String> condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = tmux("capture-pane", "-p", "-t", SESSION, "-S", "-200");
            if (condition.test(screen)) {
                return screen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waited 60 s for " + what + "; the screen:\n" + screen);
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-u", "-L", socket));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("TMUX");
        pb.environment().putIfAbsent("TERM", "xterm-256color"); // CI runs without one
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
