package org.ticktotrade.grader.instructor;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ticktotrade.grader.model.GateResult;
import org.ticktotrade.grader.pipeline.Progress;

/**
 * The batch's progress for the instructor watching it: a line per finished submission, and what is
 * running now with an ETA (redrawn in place on a terminal, every 30 s on a pipe). The ETA is the mean
 * time of the submissions finished in this run, times those left, over the number of job slots.
 */
final class BatchProgress {

    private final PrintWriter out;
    private final boolean terminal;
    private final int total;
    private final int jobs;
    private final long startedAt = System.currentTimeMillis();
    private final Map<String, String[]> running = new LinkedHashMap<>();
    private final List<Long> durations = new ArrayList<>();
    private int done;
    private boolean drawn;
    private long lastPlain = System.currentTimeMillis();
    private Thread ticker;

    BatchProgress(PrintWriter out, boolean terminal, int total, int alreadyDone, int jobs) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
        this.done = alreadyDone;
        this.jobs = Math.max(1, jobs);
    }

    void start() {
        ticker = Thread.ofPlatform().daemon().name("kata-batch-progress").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                tick();
                try {
                    Thread.sleep(terminal ? 500 : 1_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    void stop() {
        if (ticker != null) {
            ticker.interrupt();
            try {
                ticker.join(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            clearLine();
        }
    }

    synchronized void log(String line) {
        clearLine();
        out.println(line);
        out.flush();
    }

    synchronized void started(Submission s) {
        running.put(s.id(), new String[] {s.name(), "intake", ""});
    }

    synchronized void finished(Submission s, String outcome, long millis) {
        running.remove(s.id());
        done++;
        durations.add(millis);
        log(String.format(Locale.ROOT, "[%d/%d] %s: %s (%.1f s)%s", done, total, s.name(), outcome, millis / 1000.0, eta()));
    }

    synchronized void abandoned(Submission s) {
        running.remove(s.id());
    }

    /** The {@link Progress} the pipeline reports to while grading {@code s}. */
    Progress forSubmission(Submission s) {
        return new Progress() {
            @Override
            public void gateStarted(String gate, String title) {
                set(s, gate, "");
            }

            @Override
            public void update(String status) {
                synchronized (BatchProgress.this) {
                    String[] r = running.get(s.id());
                    if (r != null) {
                        r[2] = status;
                    }
                }
            }

            @Override
            public void gateFinished(GateResult result) {
                set(s, result.gate() + " done", "");
            }
        };
    }

    private synchronized void set(Submission s, String gate, String status) {
        String[] r = running.get(s.id());
        if (r != null) {
            r[1] = gate;
            r[2] = status;
        }
    }

    String eta() {
        int left = total - done;
        if (left <= 0) {
            return "";
        }
        if (durations.isEmpty()) {
            return "";
        }
        double mean = durations.stream().mapToLong(Long::longValue).average().orElse(0);
        long etaMs = (long) (mean * left / Math.min(jobs, left));
        return " · " + left + " left, ETA " + duration(etaMs);
    }

    private synchronized void tick() {
        if (running.isEmpty()) {
            return;
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "[%d/%d, %s] ", done, total,
                duration(System.currentTimeMillis() - startedAt)));
        List<String> parts = new ArrayList<>();
        running.values().forEach(r -> parts.add(r[0] + " (" + r[1] + (r[2].isEmpty() ? "" : ": " + r[2]) + ")"));
        line.append(String.join(", ", parts)).append(eta());
        if (terminal) {
            String text = line.length() > 160 ? line.substring(0, 157) + "..." : line.toString();
            out.print("\r\u001b[2K" + text);
            out.flush();
            drawn = true;
        } else if (System.currentTimeMillis() - lastPlain >= 30_000) {
            out.println(line);
            out.flush();
            lastPlain = System.currentTimeMillis();
        }
    }

    private void clearLine() {
        if (terminal && drawn) {
            out.print("\r\u001b[2K");
            drawn = false;
        }
    }

    static String duration(long millis) {
        long s = millis / 1000;
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
