package org.ticktotrade.peerbench4;

import java.util.ArrayDeque;
import java.util.concurrent.locks.ReentrantLock;

/** The course's mutex baseline: a bounded ArrayDeque behind one ReentrantLock, both sides contend for it. */
final class LockedDequeRing<E> implements ObjectRing<E> {

    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<E> deque;
    private final int capacity;

    LockedDequeRing(int capacity) {
        this.capacity = capacity;
        this.deque = new ArrayDeque<>(capacity);
    }

    @Override
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

    @Override
    public E poll() {
        lock.lock();
        try {
            return deque.pollFirst();
        } finally {
            lock.unlock();
        }
    }
}
