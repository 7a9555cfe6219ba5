package org.ticktotrade.grader.fork;

/**
 * How a fork ended. Verdicts never come from {@link #stdout()}: it is kept only to show the learner
 * what their code printed.
 */
public record ForkResult(
        int exitCode,
        boolean timedOut,
        long millis,
        String stdout,
        String stderr,
        boolean outputTruncated) {

    /** HotSpot's exit code for {@code -XX:+ExitOnOutOfMemoryError}. */
    public static final int OUT_OF_MEMORY_EXIT = 3;

    /** HotSpot prints its "Terminating due to ..." line to stdout, so both streams are looked at. */
    public boolean outOfMemory() {
        return !timedOut && exitCode == OUT_OF_MEMORY_EXIT
                && (stdout + stderr).contains("Terminating due to java.lang.OutOfMemoryError");
    }

    /** A one-line account of an abnormal end, phrased for the learner. */
    public String describeEnd(String limitHint) {
        if (timedOut) {
            return "stopped by the time limit (" + limitHint + ")";
        }
        if (outOfMemory()) {
            return "ran out of memory (" + firstLineContaining(stdout + "\n" + stderr, "OutOfMemoryError") + ")";
        }
        if (exitCode > 128) {
            return "killed by signal " + (exitCode - 128) + " (exit code " + exitCode + ")";
        }
        return "exited with code " + exitCode;
    }

    private static String firstLineContaining(String text, String needle) {
        for (String line : text.split("\n")) {
            if (line.contains(needle)) {
                return line.strip();
            }
        }
        return needle;
    }
}
