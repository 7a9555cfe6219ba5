package org.ticktotrade.grader.instructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ticktotrade.grader.GraderHome;
import org.ticktotrade.grader.build.JavaBuild;
import org.ticktotrade.grader.fork.Bubblewrap;
import org.ticktotrade.grader.fork.CgroupSlot;
import org.ticktotrade.grader.fork.ForkResult;
import org.ticktotrade.grader.fork.ForkSpec;
import org.ticktotrade.grader.fork.ForkedJvm;
import org.ticktotrade.grader.fork.Isolation;
import org.ticktotrade.grader.fork.Probe;

/**
 * How a batch's forks are confined: one {@link ForkedJvm} per job slot, each behind its own bubblewrap
 * sandbox (its own uid when the grader is root, its own cgroup where one can be made), proven to work
 * by running {@link Probe} in every slot before any submission is graded. Without a working sandbox
 * there is no batch, unless the instructor asked for an unsandboxed one, which every report then says.
 */
public final class Sandboxing implements AutoCloseable {

    /** Thrown when grading must not start: no sandbox, and no explicit permission to go without. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final List<ForkedJvm> slots;
    private final List<CgroupSlot> cgroups;
    private final boolean sandboxed;
    private final String description;
    private final List<String> notes;
    private final long probeMillis;
    private final long bareMillis;

    private Sandboxing(List<ForkedJvm> slots, List<CgroupSlot> cgroups, boolean sandboxed, String description,
                       List<String> notes, long probeMillis, long bareMillis) {
        this.slots = List.copyOf(slots);
        this.cgroups = List.copyOf(cgroups);
        this.sandboxed = sandboxed;
        this.description = description;
        this.notes = List.copyOf(notes);
        this.probeMillis = probeMillis;
        this.bareMillis = bareMillis;
    }

    /**
     * @param scratch a folder the slots' uids can reach, for the probes
     * @param unsafe  the instructor's explicit permission to grade without a sandbox where none works
     */
    public static Sandboxing create(int jobs, boolean unsafe, Bubblewrap.Limits limits, int memoryMb, Path scratch,
                                    String runName) {
        List<String> notes = new ArrayList<>();
        long bare = probe(new ForkedJvm(Isolation.NONE), scratch.resolve("probe-bare")).millis();
        Optional<Path> bwrap = Bubblewrap.find();
        String why;
        if (bwrap.isEmpty()) {
            why = "bubblewrap (bwrap) is not installed: ./kata setup installs it";
        } else {
            List<ForkedJvm> slots = new ArrayList<>();
            List<CgroupSlot> cgroups = new ArrayList<>();
            String failure = null;
            long probeMillis = 0;
            java.util.Map<Integer, String> withoutCgroup = new java.util.TreeMap<>();
            for (int slot = 0; slot < jobs && failure == null; slot++) {
                StringBuilder noCgroup = new StringBuilder();
                CgroupSlot cgroup = CgroupSlot.create(runName, slot, memoryMb, limits.processes(), noCgroup).orElse(null);
                if (cgroup != null) {
                    cgroups.add(cgroup);
                } else {
                    withoutCgroup.put(slot, noCgroup.toString());
                }
                ForkedJvm fork = new ForkedJvm(new Bubblewrap(bwrap.get(), limits, Bubblewrap.uidForSlot(slot), cgroup));
                ForkResult r = probe(fork, scratch.resolve("probe-" + slot));
                if (r.exitCode() != 0 || r.timedOut()) {
                    failure = "the sandbox of slot " + slot + " did not start a JVM (" + r.describeEnd("30 s") + "): "
                            + (r.stderr() + r.stdout()).strip();
                }
                probeMillis = Math.max(probeMillis, r.millis());
                slots.add(fork);
            }
            if (failure == null) {
                // every slot that went without, not only the first: a mixed run must not read as fully confined
                String limitsOnly = "per-process limits only, and a submission that spins on every core slows the one graded next to it";
                if (withoutCgroup.size() == jobs) {
                    notes.add("no cgroup per slot (" + withoutCgroup.get(0) + "): " + limitsOnly);
                } else {
                    withoutCgroup.forEach((slot, reason) -> notes.add("no cgroup for slot " + slot + " (" + reason + "): " + limitsOnly));
                }
                if (!Bubblewrap.isRoot()) {
                    notes.add("the grader is not root: forks keep your uid inside a user namespace, so the process"
                            + " limit counts your own processes too");
                }
                String description = slots.getFirst().isolation().describe();
                if (!cgroups.isEmpty() && cgroups.size() < jobs) {
                    description += " (cgroups on " + cgroups.size() + " of " + jobs + " slots only: see the notes)";
                }
                if (jobs > 1 && Bubblewrap.isRoot()) {
                    description = description.replace("uid " + Bubblewrap.FIRST_UID, "a uid per job slot ("
                            + Bubblewrap.FIRST_UID + (jobs == 2 ? ", " : "...") + (Bubblewrap.FIRST_UID - jobs + 1) + ")");
                }
                return new Sandboxing(slots, cgroups, true, description, notes, probeMillis, bare);
            }
            cgroups.forEach(CgroupSlot::close);
            why = failure;
        }
        if (!unsafe) {
            throw new Refused("cannot sandbox submissions here: " + why + "\n"
                    + "Fix that (./kata setup installs bubblewrap), or pass --unsafe-no-sandbox to grade without an OS"
                    + " sandbox: every submission's code then runs with your user's rights.");
        }
        notes.add("UNSANDBOXED at the instructor's request (--unsafe-no-sandbox): " + why);
        List<ForkedJvm> slots = new ArrayList<>();
        for (int slot = 0; slot < jobs; slot++) {
            slots.add(new ForkedJvm(Isolation.NONE));
        }
        return new Sandboxing(slots, List.of(), false, "UNSANDBOXED: " + Isolation.NONE.describe(), notes, bare, bare);
    }

    private static ForkResult probe(ForkedJvm fork, Path dir) {
        try {
            JavaBuild.deleteTree(dir);
            Files.createDirectories(dir);
            Path out = dir.resolve("probe.out");
            ForkSpec spec = ForkSpec.builder("sandbox-probe", Probe.class.getName())
                    .classpath(List.of(GraderHome.get().classes()))
                    .args(out.toString())
                    .heapMb(64)
                    .metaspaceMb(64)
                    .wallTime(Duration.ofSeconds(30))
                    .workDir(dir)
                    .output(out)
                    .build();
            ForkResult r = fork.run(spec, null);
            boolean wrote = Files.isRegularFile(out) && Files.readString(out).startsWith("sandbox ok");
            if (r.exitCode() == 0 && !wrote) {
                r = new ForkResult(1, false, r.millis(), r.stdout(), r.stderr() + "\n(the probe's result file did not come back)", false);
            }
            JavaBuild.deleteTree(dir);
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            return new ForkResult(1, false, 0, "", String.valueOf(e.getMessage()), false);
        }
    }

    public ForkedJvm slot(int i) {
        return slots.get(i);
    }

    public int size() {
        return slots.size();
    }

    public boolean sandboxed() {
        return sandboxed;
    }

    public String description() {
        return description;
    }

    public List<String> notes() {
        return notes;
    }

    /** How long a trivial JVM took in the sandbox, and bare: the sandbox's own start-up cost. */
    public long probeMillis() {
        return probeMillis;
    }

    public long bareMillis() {
        return bareMillis;
    }

    @Override
    public void close() {
        cgroups.forEach(CgroupSlot::close);
    }
}
