package org.ticktotrade.grader.render;

import java.io.PrintStream;
import java.util.Locale;
import org.ticktotrade.grader.model.GateResult;
import org.ticktotrade.grader.pipeline.Progress;

/**
 * Shows what a gate is doing once it has taken more than two seconds: a spinner line redrawn in place
 * on a terminal; on a pipe, a plain line every ten seconds (CI logs show liveness, never escapes).
 */
public final class TerminalProgress implements Progress {

    private static final long SHOW_AFTER_MS = 2_000;
    private static final long PLAIN_EVERY_MS = 10_000;
    private static final String SPINNER = "|/-\\";

    private final PrintStream out;
    private final boolean terminal;
    private volatile String gate;
    private volatile String status = "";
    private volatile long startedAt;
    private volatile boolean drawn;
    private long lastPlain;
    private volatile Thread ticker;

    public TerminalProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void gateStarted(String gateId, String title) {
        gate = gateId;
        status = "";
        startedAt = System.currentTimeMillis();
        lastPlain = startedAt;
        drawn = false;
        ticker = Thread.ofPlatform().daemon().name("kata-progress").start(this::tick);
    }

    @Override
    public void update(String newStatus) {
        status = newStatus;
    }

    @Override
    public void gateFinished(GateResult result) {
        Thread t = ticker;
        if (t != null) {
            t.interrupt();
            try {
                t.join(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            ticker = null;
            gate = null;
            if (terminal && drawn) {
                out.print("\r\u001b[2K");
                out.flush();
            }
        }
    }

    private void tick() {
        int frame = 0;
        while (!Thread.currentThread().isInterrupted()) {
            long elapsed = System.currentTimeMillis() - startedAt;
            if (elapsed >= SHOW_AFTER_MS && gate != null) {
                String line = String.format(Locale.ROOT, "%s %s: %s (%d s)", terminal ? SPINNER.charAt(frame++ % 4) : "...",
                        gate, status, elapsed / 1000);
                synchronized (this) {
                    if (terminal) {
                        out.print("\r\u001b[2K" + line);
                        out.flush();
                        drawn = true;
                    } else if (System.currentTimeMillis() - lastPlain >= PLAIN_EVERY_MS) {
                        out.println(line);
                        lastPlain = System.currentTimeMillis();
                    }
                }
            }
            try {
                Thread.sleep(terminal ? 120 : 500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
