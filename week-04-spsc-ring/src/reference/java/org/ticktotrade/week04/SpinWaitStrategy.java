package org.ticktotrade.week04;

/**
 * Spins with {@link Thread#onSpinWait()}: still never leaves the core, but tells it this is a wait loop.
 * On x86 C2 turns the call into a {@code pause} instruction, which lets the sibling hyper-thread run, saves
 * power and avoids the memory-order mis-speculation a tight loop suffers when the awaited line changes.
 */
public final class SpinWaitStrategy implements WaitStrategy {

    // tag::idle[]
    @Override
    public int idle(int idleCount) {
        // end::idle[]
        // kata:solution lesson-04 Call Thread.onSpinWait() once and return idleCount + 1 (saturating).
        // tag::idle[]
        Thread.onSpinWait();
        return idleCount == Integer.MAX_VALUE ? idleCount : idleCount + 1;
        // end::idle[]
        // kata:end
        // tag::idle[]
    }
    // end::idle[]
}
