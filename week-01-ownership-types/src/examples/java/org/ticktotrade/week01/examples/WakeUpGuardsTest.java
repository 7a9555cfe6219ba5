package org.ticktotrade.week01.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two consumers wait on an empty queue; one item arrives and wakes both. One consumer gets it. The other
 * woke for nothing: the if-guarded one falls through and fails, the while-guarded one waits again.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class WakeUpGuardsTest {

    @Test
    void anIfGuardFallsThroughAWakeUpThatBroughtNothing() throws Exception {
        WakeUpGuards.IfGuard queue = new WakeUpGuards.IfGuard();
        List<CompletableFuture<Long>> consumers = startWaitingConsumers(queue, 2);
        queue.put(42);
        List<Object> outcomes = new ArrayList<>();
        for (CompletableFuture<Long> consumer : consumers) {
            try {
                outcomes.add(consumer.get(10, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                outcomes.add(e.getCause());
            }
        }
        assertTrue(outcomes.contains(42L), "one consumer took the order id: " + outcomes);
        assertTrue(outcomes.stream().anyMatch(NoSuchElementException.class::isInstance),
                "the other woke up to an empty queue and, guarded by an if, took from it anyway: " + outcomes);
    }

    @Test
    void aWhileGuardWaitsAgainUntilThereIsSomethingForIt() throws Exception {
        WakeUpGuards.WhileGuard queue = new WakeUpGuards.WhileGuard();
        List<CompletableFuture<Long>> consumers = startWaitingConsumers(queue, 2);
        queue.put(42);
        CompletableFuture<Object> first = CompletableFuture.anyOf(consumers.toArray(CompletableFuture[]::new));
        assertEquals(42L, first.get(10, TimeUnit.SECONDS));
        CompletableFuture<Long> other = consumers.get(0).isDone() ? consumers.get(1) : consumers.get(0);
        Thread.sleep(50);
        assertFalse(other.isDone(), "the consumer that woke for nothing must go back to waiting");
        queue.put(43);
        assertEquals(43L, other.get(10, TimeUnit.SECONDS));
    }

    /** Starts consumers and returns once every one of them is parked in await(). */
    private static List<CompletableFuture<Long>> startWaitingConsumers(WakeUpGuards.Queue queue, int count)
            throws InterruptedException {
        List<CompletableFuture<Long>> results = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            CompletableFuture<Long> result = new CompletableFuture<>();
            threads.add(Thread.ofPlatform().daemon(true).name("consumer-" + i).start(() -> {
                try {
                    result.complete(queue.take());
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                }
            }));
            results.add(result);
        }
        for (Thread thread : threads) {
            while (thread.getState() != Thread.State.WAITING) {
                Thread.sleep(1);
            }
        }
        return results;
    }
}
