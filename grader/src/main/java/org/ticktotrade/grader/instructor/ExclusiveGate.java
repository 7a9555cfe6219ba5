package org.ticktotrade.grader.instructor;

import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.model.GateResult;
import org.ticktotrade.grader.pipeline.Gate;
import org.ticktotrade.grader.pipeline.GateContext;
import org.ticktotrade.grader.pipeline.Pipeline;

/**
 * A gate that holds one side of the batch's read-write lock while it runs. Benchmarks take the write
 * side: one at a time, and only while no other submission is compiling, testing or stressing (a
 * benchmark next to any busy neighbour measures the neighbour). Every other gate takes the read side
 * and runs in parallel with its peers.
 */
record ExclusiveGate(Gate gate, Lock lock, boolean exclusive) implements Gate {

    /** The standard gates, each behind the right side of {@code lock}. */
    static Pipeline pipeline(Pipeline standard, ReadWriteLock lock) {
        List<Gate> gates = standard.gates().stream()
                .map(g -> g.id().equals("bench")
                        ? (Gate) new ExclusiveGate(g, lock.writeLock(), true)
                        : new ExclusiveGate(g, lock.readLock(), false))
                .toList();
        return new Pipeline(gates);
    }

    @Override
    public String id() {
        return gate.id();
    }

    @Override
    public String title() {
        return gate.title();
    }

    @Override
    public boolean appliesTo(Week week) {
        return gate.appliesTo(week);
    }

    @Override
    public double maxScore(Week week) {
        return gate.maxScore(week);
    }

    @Override
    public GateResult run(GateContext ctx) {
        if (exclusive) {
            ctx.progress().update("waiting: benchmarks run alone on the machine");
        }
        lock.lock();
        try {
            return gate.run(ctx);
        } finally {
            lock.unlock();
        }
    }
}
