package org.ticktotrade.week04;

/**
 * Spins with {@link Thread#onSpinWait()}: still never leaves the core, but tells it this is a wait loop.
 * On x86 C2 turns the call into a {@code pause} instruction, which lets the sibling hyper-thread run, saves
 * power and avoids the memory-order mis-speculation a tight loop suffers when the awaited line changes.
 */
public final class SpinWaitStrategy implements WaitStrategy {

    @Override
    public int idle(int idleCount) {
        // TODO(kata) Call Thread.onSpinWait() once and return idleCount + 1 (saturating). Read lesson 4, "Waiting: spin, onSpinWait, park".
        throw new UnsupportedOperationException("TODO(kata) Call Thread.onSpinWait() once and return idleCount + 1 (saturating). Read lesson 4, \"Waiting: spin, onSpinWait, park\".");
    }
}
