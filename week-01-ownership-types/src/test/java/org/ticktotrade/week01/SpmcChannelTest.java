package org.ticktotrade.week01;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.ticktotrade.week01.SpmcChannel.Received;
import org.ticktotrade.week01.SpmcChannel.Receiver;
import org.ticktotrade.week01.SpmcChannel.Sender;

/**
 * Lesson 3: the lock-and-condition SPMC channel's contract, one rule per test.
 *
 * <p>recv() blocks by design, so a broken channel hangs rather than fails: the class-wide timeout
 * turns a hang into a failure (JUnit interrupts the test thread, and recv() must be interruptible).
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class SpmcChannelTest {

    /** How long a test waits for a thread that should finish promptly before calling it a hang. */
    private static final Duration PROMPTLY = Duration.ofSeconds(3);

    @Test
    void itemsArriveInTheOrderTheyWereSent() throws Exception {
        var channel = SpmcChannel.<String>open();
        channel.sender().send("a");
        channel.sender().send("b");
        channel.sender().send("c");
        for (String expected : List.of("a", "b", "c")) {
            assertEquals(Optional.of(expected), channel.receiver().recv(), "recv() must return items first in, first out");
        }
    }

    @Test
    void sendingNullIsRejected() {
        var channel = SpmcChannel.<String>open();
        assertThrows(NullPointerException.class, () -> channel.sender().send(null),
                "send(null) must throw NullPointerException: recv() uses Optional, which cannot hold null");
    }

    @Test
    void sendingAfterCloseIsRejected() {
        var channel = SpmcChannel.<String>open();
        channel.sender().send("before");
        channel.sender().close();
        assertThrows(IllegalStateException.class, () -> channel.sender().send("after"),
                "send() after close() must throw IllegalStateException: receivers may already have been told 'closed'");
    }

    @Test
    void itemsSentBeforeCloseAreStillDelivered() throws Exception {
        var channel = SpmcChannel.<String>open();
        channel.sender().send("x");
        channel.sender().send("y");
        channel.sender().close();
        Receiver<String> receiver = channel.receiver();
        assertEquals(Optional.of("x"), receiver.recv(), "items sent before close() must be delivered before 'closed'");
        assertEquals(Optional.of("y"), receiver.recv(), "items sent before close() must be delivered before 'closed'");
        assertEquals(Optional.empty(), receiver.recv(), "recv() on a closed, drained channel must return Optional.empty()");
        assertEquals(Optional.empty(), receiver.recv(), "recv() must keep returning empty once closed and drained");
    }

    @Test
    void closingTwiceIsHarmless() throws Exception {
        var channel = SpmcChannel.<String>open();
        channel.sender().send("only");
        channel.sender().close();
        channel.sender().close(); // must not throw: close() is idempotent, like AutoCloseable.close() should be
        assertEquals(Optional.of("only"), channel.receiver().recv(), "a second close() must not lose queued items");
        assertEquals(Optional.empty(), channel.receiver().recv(), "closed and drained");
    }

    @Test
    void senderWorksAsATryWithResourcesResource() throws Exception {
        var channel = SpmcChannel.<Integer>open();
        try (Sender<Integer> sender = channel.sender()) {
            sender.send(1);
        } // close() runs here, like a Rust Sender dropped at the end of its scope
        assertEquals(Optional.of(1), channel.receiver().recv(), "the item sent inside try-with-resources");
        assertEquals(Optional.empty(), channel.receiver().recv(), "leaving try-with-resources must close the channel");
    }

    @Test
    void recvWaitsForAnItemWhileTheSenderIsOpen() throws Exception {
        var channel = SpmcChannel.<String>open();
        try (TestThreads threads = new TestThreads()) {
            var receiver = threads.start("receiver", () -> channel.receiver().recv());
            TestThreads.awaitParked(receiver.thread(), PROMPTLY, "recv()");
            assertFalse(receiver.isDone(), "recv() on an empty, open channel returned instead of waiting: only"
                    + " 'closed and drained' may end recv() without an item");
            channel.sender().send("late");
            assertEquals(Optional.of("late"), receiver.join(PROMPTLY, "send() did not wake the waiting receiver:"
                    + " signal the condition after adding the item"), "the item sent while recv() was waiting");
        }
    }

    // tag::close-wakes-everyone[]
    @Test
    void closeWakesEveryWaitingReceiver() throws Exception {
        var channel = SpmcChannel.<String>open();
        try (TestThreads threads = new TestThreads()) {
            List<TestThreads.Spawned<Optional<String>>> receivers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Receiver<String> receiver = channel.receiver().share();
                receivers.add(threads.start("receiver-" + i, receiver::recv));
            }
            for (var receiver : receivers) {
                TestThreads.awaitParked(receiver.thread(), PROMPTLY, "recv()");
            }
            channel.sender().close();
            for (var receiver : receivers) {
                assertEquals(Optional.empty(), receiver.join(PROMPTLY, "a receiver kept waiting after close():"
                        + " close() must signalAll(), because every waiting receiver has to learn the channel closed"),
                        "a receiver woken by close() on an empty channel must return Optional.empty()");
            }
        }
    }
    // end::close-wakes-everyone[]

    @Test
    void recvCanBeInterrupted() throws Exception {
        var channel = SpmcChannel.<String>open();
        try (TestThreads threads = new TestThreads()) {
            var receiver = threads.start("receiver", () -> channel.receiver().recv());
            TestThreads.awaitParked(receiver.thread(), PROMPTLY, "recv()");
            receiver.thread().interrupt();
            assertInstanceOf(InterruptedException.class, receiver.failure(PROMPTLY), "a receiver interrupted while"
                    + " waiting must end with InterruptedException (Condition.await throws it; let it propagate)");
        }
    }

    @Test
    void timedRecvTimesOutWhenNothingArrives() throws Exception {
        var channel = SpmcChannel.<String>open();
        Duration timeout = Duration.ofMillis(50);
        long start = System.nanoTime();
        Received<String> received = channel.receiver().recv(timeout);
        long waitedNanos = System.nanoTime() - start;
        assertEquals(new Received.TimedOut<String>(), received, "recv(50 ms) on an empty, open channel");
        assertTrue(waitedNanos >= timeout.toNanos(), "recv(50 ms) gave up after only " + waitedNanos / 1_000_000
                + " ms: after a wake-up with nothing to take, keep waiting for the time still remaining");
    }

    @Test
    void timedRecvWithZeroTimeoutTakesWhatIsThere() throws Exception {
        var channel = SpmcChannel.<String>open();
        assertEquals(new Received.TimedOut<String>(), channel.receiver().recv(Duration.ZERO),
                "recv(Duration.ZERO) on an empty, open channel must time out at once");
        channel.sender().send("ready");
        assertEquals(new Received.Item<>("ready"), channel.receiver().recv(Duration.ZERO),
                "recv(Duration.ZERO) must still take an item that is already queued");
    }

    @Test
    void timedRecvDrainsBeforeReportingClosed() throws Exception {
        var channel = SpmcChannel.<String>open();
        channel.sender().send("last");
        channel.sender().close();
        assertEquals(new Received.Item<>("last"), channel.receiver().recv(Duration.ofSeconds(1)),
                "items sent before close() come before Closed");
        assertEquals(new Received.Closed<String>(), channel.receiver().recv(Duration.ofSeconds(1)),
                "recv(timeout) on a closed, drained channel must return Closed, not wait and time out");
    }

    @Test
    void timedRecvReturnsAnItemSentWhileItWaits() throws Exception {
        var channel = SpmcChannel.<String>open();
        try (TestThreads threads = new TestThreads()) {
            var receiver = threads.start("timed-receiver", () -> channel.receiver().recv(Duration.ofSeconds(20)));
            TestThreads.awaitParked(receiver.thread(), PROMPTLY, "recv(timeout)");
            channel.sender().send("in time");
            assertEquals(new Received.Item<>("in time"), receiver.join(PROMPTLY, "send() did not wake a receiver"
                    + " waiting in recv(timeout)"), "the item sent while recv(timeout) was waiting");
        }
    }

    @Test
    void closeWakesATimedReceiverWithClosed() throws Exception {
        var channel = SpmcChannel.<String>open();
        try (TestThreads threads = new TestThreads()) {
            var receiver = threads.start("timed-receiver", () -> channel.receiver().recv(Duration.ofSeconds(20)));
            TestThreads.awaitParked(receiver.thread(), PROMPTLY, "recv(timeout)");
            channel.sender().close();
            assertEquals(new Received.Closed<String>(), receiver.join(PROMPTLY, "close() did not wake a receiver"
                    + " waiting in recv(timeout)"), "a timed receiver woken by close() must return Closed, not TimedOut");
        }
    }

    @Test
    void senderIsBoundToTheFirstThreadThatSends() throws Exception {
        var channel = SpmcChannel.<Integer>open();
        Sender<Integer> sender = channel.sender();
        sender.send(1); // binds the sender to this test's thread
        try (TestThreads threads = new TestThreads()) {
            Throwable sendFailure = threads.start("intruder-send", () -> {
                sender.send(99);
                return null;
            }).failure(PROMPTLY);
            assertInstanceOf(IllegalStateException.class, sendFailure, "send() from a second thread must throw"
                    + " IllegalStateException: the sender is bound to the first thread that sent");
            Throwable closeFailure = threads.start("intruder-close", () -> {
                sender.close();
                return null;
            }).failure(PROMPTLY);
            assertInstanceOf(IllegalStateException.class, closeFailure, "close() from a second thread must throw"
                    + " IllegalStateException once a thread has sent");
        }
        sender.send(2); // the owner can still send: the intruders changed nothing
        sender.close();
        Receiver<Integer> receiver = channel.receiver();
        assertEquals(Optional.of(1), receiver.recv(), "the owner's first item");
        assertEquals(Optional.of(2), receiver.recv(), "the owner's second item; the rejected send(99) must not be queued");
        assertEquals(Optional.empty(), receiver.recv(), "the owner's close() must take effect");
    }

    @Test
    void closeBeforeAnySendMayComeFromAnyThread() throws Exception {
        var channel = SpmcChannel.<Integer>open();
        try (TestThreads threads = new TestThreads()) {
            Throwable failure = threads.start("closer", () -> {
                channel.sender().close();
                return null;
            }).failure(PROMPTLY);
            assertEquals(null, failure, "close() before any send() binds nothing, so any thread may call it");
        }
        assertEquals(Optional.empty(), channel.receiver().recv(), "the channel closed by the other thread");
        assertThrows(IllegalStateException.class, () -> channel.sender().send(1), "send() after close()");
    }

    @Test
    void sharedReceiversTakeTurnsOnOneQueue() throws Exception {
        var channel = SpmcChannel.<Integer>open();
        Receiver<Integer> first = channel.receiver();
        Receiver<Integer> second = first.share();
        for (int i = 1; i <= 4; i++) {
            channel.sender().send(i);
        }
        assertEquals(Optional.of(1), first.recv(), "share() must return a receiver on the same queue");
        assertEquals(Optional.of(2), second.recv(), "a shared receiver takes the next item, not a copy of the first");
        assertEquals(Optional.of(3), second.recv(), "each item goes to exactly one receiver");
        assertEquals(Optional.of(4), first.recv(), "each item goes to exactly one receiver");
        channel.sender().close();
        assertEquals(Optional.empty(), first.recv(), "closed and drained, seen from the first receiver");
        assertEquals(Optional.empty(), second.recv(), "closed and drained, seen from the shared receiver");
    }

    @Test
    void everyItemReachesExactlyOneOfManyReceiverThreads() throws Exception {
        final int items = 100_000;
        final int receiverCount = 4;
        var channel = SpmcChannel.<Integer>open();
        try (TestThreads threads = new TestThreads()) {
            List<TestThreads.Spawned<List<Integer>>> receivers = new ArrayList<>();
            for (int r = 0; r < receiverCount; r++) {
                Receiver<Integer> receiver = channel.receiver().share();
                receivers.add(threads.start("receiver-" + r, () -> {
                    List<Integer> taken = new ArrayList<>();
                    for (Optional<Integer> item = receiver.recv(); item.isPresent(); item = receiver.recv()) {
                        taken.add(item.get());
                    }
                    return taken;
                }));
            }
            var sender = threads.start("sender", () -> {
                try (Sender<Integer> s = channel.sender()) {
                    for (int i = 0; i < items; i++) {
                        s.send(i);
                    }
                }
                return null;
            });
            List<TestThreads.Spawned<?>> everyone = new ArrayList<>(receivers);
            everyone.add(sender);
            TestThreads.awaitAllOrFirstFailure(Duration.ofSeconds(7), everyone.toArray(TestThreads.Spawned<?>[]::new));
            sender.join(Duration.ofSeconds(1), "send() must never block");

            boolean[] seen = new boolean[items];
            int total = 0;
            for (var receiver : receivers) {
                List<Integer> taken = receiver.join(Duration.ofSeconds(1), "a receiver never returned empty after"
                        + " the sender closed: close() must wake every waiting receiver");
                int previous = -1;
                for (int item : taken) {
                    assertFalse(seen[item], "item " + item + " was received twice: take it out of the queue under the"
                            + " lock, so exactly one receiver gets it");
                    seen[item] = true;
                    assertTrue(item > previous, receiver.thread().getName() + " got " + item + " after " + previous
                            + ": one receiver must see items in the order they were sent");
                    previous = item;
                }
                total += taken.size();
            }
            assertEquals(items, total, "items sent vs items received across " + receiverCount
                    + " receivers: an item was lost (or recv() returned empty before the queue was drained)");
        }
    }
}
