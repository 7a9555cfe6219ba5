package org.ticktotrade.week04;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts the threads of one test and makes sure none outlives it.
 *
 * <p>Use it in try-with-resources: {@link #close()} interrupts every thread still running, so a test
 * that fails or times out does not leave a spinning or blocked thread behind for the next test.
 * Threads are daemons, so even one that ignores the interrupt cannot keep the JVM alive.
 */
final class TestThreads implements AutoCloseable {

    /** A started thread and the outcome of its task. */
    static final class Spawned<T> {
        private final Thread thread;
        private final FutureTask<T> task;

        private Spawned(Thread thread, FutureTask<T> task) {
            this.thread = thread;
            this.task = task;
        }

        Thread thread() {
            return thread;
        }

        boolean isDone() {
            return task.isDone();
        }

        /**
         * Waits for the task and returns its result. An assertion failing inside the task is rethrown
         * as is; any other exception is reported as a failure of this thread, with the exception as cause.
         *
         * @throws AssertionError with {@code whatHangMeans} if the task has not finished within {@code limit}
         */
        T join(Duration limit, String whatHangMeans) throws InterruptedException {
            try {
                return task.get(limit.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError("thread '" + thread.getName() + "' still running after " + limit
                        + ": " + whatHangMeans);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof AssertionError assertion) {
                    throw assertion;
                }
                throw new AssertionError("thread '" + thread.getName() + "' failed with " + e.getCause(), e.getCause());
            }
        }

        /** The exception the task ended with, or null if it returned normally. */
        Throwable failure(Duration limit) throws InterruptedException {
            try {
                task.get(limit.toNanos(), TimeUnit.NANOSECONDS);
                return null;
            } catch (ExecutionException e) {
                return e.getCause();
            } catch (TimeoutException e) {
                throw new AssertionError("thread '" + thread.getName() + "' still running after " + limit);
            }
        }
    }

    private final List<Thread> started = new ArrayList<>();

    <T> Spawned<T> start(String name, Callable<T> body) {
        FutureTask<T> task = new FutureTask<>(body);
        Thread thread = Thread.ofPlatform().name(name).daemon(true).unstarted(task);
        started.add(thread);
        thread.start();
        return new Spawned<>(thread, task);
    }

    /**
     * Waits until every task has finished, or until one of them fails, or until {@code limit} passes.
     * Returning at the first failure matters for a producer/consumer pair: when one side dies, the other
     * waits for it forever, and the test should report the death, not the wait. Collect the results
     * (and the failure) with {@link Spawned#join} afterwards, failed ones first.
     */
    @SafeVarargs
    static void awaitAllOrFirstFailure(Duration limit, Spawned<?>... all) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() - deadline < 0) {
            boolean allDone = true;
            for (Spawned<?> spawned : all) {
                if (!spawned.isDone()) {
                    allDone = false;
                } else if (spawned.task.state() == Future.State.FAILED) {
                    spawned.join(Duration.ZERO, "finished"); // rethrows its failure
                }
            }
            if (allDone) {
                return;
            }
            Thread.sleep(1);
        }
    }

    /**
     * Waits until {@code thread} is parked (blocked in a wait such as {@code Condition.await}), so the
     * test knows the thread is really waiting before it acts.
     */
    static void awaitParked(Thread thread, Duration limit, String whatItWaitsFor) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            Thread.State state = thread.getState();
            if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING) {
                return;
            }
            if (state == Thread.State.TERMINATED) {
                return; // it finished instead of waiting; the test's join reports how
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("thread '" + thread.getName() + "' never started waiting in " + whatItWaitsFor);
            }
            Thread.sleep(1);
        }
    }

    @Override
    public void close() {
        for (Thread thread : started) {
            thread.interrupt();
        }
    }
}
