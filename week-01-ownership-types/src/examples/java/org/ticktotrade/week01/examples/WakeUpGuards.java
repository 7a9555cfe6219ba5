package org.ticktotrade.week01.examples;

import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lesson 3: the same blocking queue of order ids twice, differing only in the one word that guards
 * the wait. {@link IfGuard} is broken; {@link WhileGuard} is right.
 *
 * <p>Both wake every waiting consumer on {@code put} ({@code signalAll}). That is not the bug: a
 * consumer must survive any wake-up that brings it nothing, whether another consumer took the item
 * first, a close woke everybody, or {@code await} returned spuriously, which its contract allows.
 */
public final class WakeUpGuards {

    private WakeUpGuards() {}

    /** What both variants share: one lock, one condition, one queue. */
    abstract static class Queue {
        final ReentrantLock lock = new ReentrantLock();
        final Condition notEmpty = lock.newCondition();
        final ArrayDeque<Long> orderIds = new ArrayDeque<>();

        public void put(long orderId) {
            lock.lock();
            try {
                orderIds.addLast(orderId);
                notEmpty.signalAll();
            } finally {
                lock.unlock();
            }
        }

        public abstract long take() throws InterruptedException;
    }

    /** Broken: checks once, then trusts the wake-up. */
    public static final class IfGuard extends Queue {
        // tag::if-guard[]
        @Override
        public long take() throws InterruptedException {
            lock.lock();
            try {
                if (orderIds.isEmpty()) { // BUG: checked once, before the wait
                    notEmpty.await();
                }
                return orderIds.removeFirst(); // throws NoSuchElementException if someone got here first
            } finally {
                lock.unlock();
            }
        }
        // end::if-guard[]
    }

    /** Right: every wake-up re-checks the state under the lock before acting on it. */
    public static final class WhileGuard extends Queue {
        // tag::while-guard[]
        @Override
        public long take() throws InterruptedException {
            lock.lock();
            try {
                while (orderIds.isEmpty()) { // re-checked after every wake-up, with the lock held
                    notEmpty.await();
                }
                return orderIds.removeFirst(); // the check and the take happen under one lock hold
            } finally {
                lock.unlock();
            }
        }
        // end::while-guard[]
    }
}
