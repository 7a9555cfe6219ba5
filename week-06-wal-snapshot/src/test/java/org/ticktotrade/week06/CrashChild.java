package org.ticktotrade.week06;

import java.nio.file.Path;

/**
 * The process {@link KillNineTest} kills: appends commands forever under a batched policy and prints
 * "ACK n" for every sequence once durableSequence() covers it (never before), then flushes. The parent
 * kills it mid-append with SIGKILL.
 */
public final class CrashChild {

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        try (WalWriter writer = WalWriter.open(dir, new ForcePolicy.EveryRecords(16), 1 << 16)) {
            long acknowledged = 0;
            for (long s = 1; ; s++) {
                writer.append(TestLogs.command(s));
                long durable = writer.durableSequence();
                if (durable > acknowledged) {
                    acknowledged = durable;
                    System.out.println("ACK " + acknowledged);
                    System.out.flush();
                }
            }
        }
    }
}
