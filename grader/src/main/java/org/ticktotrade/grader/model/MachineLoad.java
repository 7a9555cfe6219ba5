package org.ticktotrade.grader.model;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How busy the machine was with work that is not ours. A benchmark verdict taken while something else
 * held the cores is not a verdict about the code, so a grade run records this and {@code grade merge}
 * flags bench verdicts from loaded machines.
 *
 * <p>Two measures, because each alone misleads: the kernel's load average at the start of a run (the
 * grader has done nothing yet, so it is all foreign), and over the whole run the share of CPU time the
 * machine spent outside this process and its children (the load average at the end would count the
 * grader's own work as load).
 *
 * @param one,five,fifteen the load averages when sampled
 * @param busyTicks        CPU time the whole machine spent busy since boot ({@code /proc/stat}), clock ticks
 * @param totalTicks       busy plus idle, clock ticks
 * @param ownTicks         CPU time of this JVM and the children it waited for ({@code /proc/self/stat}), clock ticks
 */
public record MachineLoad(double one, double five, double fifteen, long busyTicks, long totalTicks, long ownTicks) {

    /** Above this many runnable tasks per core, on average, a machine counts as loaded for benchmarks. */
    public static final double LOADED_PER_CORE = 0.5;
    /** Above this share of the machine's CPU going to other processes during a run, its benchmarks were disturbed. */
    public static final double LOADED_FOREIGN_SHARE = 0.25;

    public static MachineLoad now() {
        double[] avg = loadAverages();
        long[] cpu = machineTicks();
        return new MachineLoad(avg[0], avg[1], avg[2], cpu[0], cpu[1], readOwnTicks());
    }

    /** The load average per core at this moment is above {@link #LOADED_PER_CORE}; unknown (negative) is not loaded. */
    public boolean loaded(int cores) {
        return one >= 0 && one / Math.max(1, cores) > LOADED_PER_CORE;
    }

    /** Of the machine's CPU time from {@code this} to {@code later}, the share other processes used; -1 when unknown. */
    public double foreignShare(MachineLoad later) {
        long total = later.totalTicks - totalTicks;
        if (busyTicks < 0 || ownTicks < 0 || later.busyTicks < 0 || later.ownTicks < 0 || total <= 0) {
            return -1;
        }
        long foreign = (later.busyTicks - busyTicks) - (later.ownTicks - ownTicks);
        return Math.max(0, Math.min(1, (double) foreign / total));
    }

    private static double[] loadAverages() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])};
        } catch (IOException | RuntimeException e) {
            return new double[] {ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), -1, -1};
        }
    }

    /** {busy, total} from the first line of /proc/stat: user nice system idle iowait irq softirq steal ... */
    private static long[] machineTicks() {
        try {
            String cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst();
            String[] f = cpu.trim().split("\\s+");
            long total = 0;
            long idle = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                long v = Long.parseLong(f[i]);
                total += v;
                if (i == 4 || i == 5) {
                    idle += v;
                }
            }
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {-1, -1};
        }
    }

    /** utime + stime + cutime + cstime (fields 14-17) of /proc/self/stat; the name field may hold spaces, so count from ')'. */
    private static long readOwnTicks() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            // f[0] is field 3 (state), so field n is f[n - 3]
            return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.2f %.2f %.2f", one, five, fifteen);
    }
}
