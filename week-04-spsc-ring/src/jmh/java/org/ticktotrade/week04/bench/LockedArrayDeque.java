package org.ticktotrade.week04.bench;

import java.util.ArrayDeque;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The baseline the ring must beat: an {@link ArrayDeque} behind one {@link ReentrantLock}, bounded like
 * the ring. Both ends take the same lock, so a producer and a consumer on two cores serialize on it and
 * the lock's cache line moves between the cores on every call.
 */
public final class LockedArrayDeque<E> {

    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<E> deque;
    private final int capacity;

    public LockedArrayDeque(int capacity) {
        this.capacity = capacity;
        this.deque = new ArrayDeque<>(capacity);
    }

    public boolean offer(E e) {
        lock.lock();
        try {
            if (deque.size() == capacity) {
                return false;
            }
            deque.addLast(e);
            return true;
        } finally {
            lock.unlock();
        }
    }

    public E poll() {
        lock.lock();
        try {
            return deque.pollFirst();
        } finally {
            lock.unlock();
        }
    }
}
