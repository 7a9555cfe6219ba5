package org.ticktotrade.week01;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.ticktotrade.week01.TypedChannel.CAPACITY;
import static org.ticktotrade.week01.TypedChannel.EMPTY;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The week's project: TypedChannel's acceptance criteria that correctness can check. */
class TypedChannelTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(3);

    @Test
    void freshChannelIsEmpty() {
        TypedChannel.Endpoints channel = TypedChannel.open();
        assertNotNull(channel.producer(), "open() must return a producer");
        assertNotNull(channel.consumer(), "open() must return a consumer");
        assertEquals(EMPTY, channel.consumer().tryPop(), "tryPop() on a fresh channel must return EMPTY");
    }

    @Test
    void valuesComeOutInTheOrderTheyWentIn() {
        TypedChannel.Endpoints channel = TypedChannel.open();
        for (long v = 1; v <= 5; v++) {
            assertTrue(channel.producer().tryPush(v), "tryPush() on a channel with free slots must return true");
        }
        for (long expected = 1; expected <= 5; expected++) {
            assertEquals(expected, channel.consumer().tryPop(), "tryPop() must return values first in, first out");
        }
        assertEquals(EMPTY, channel.consumer().tryPop(), "tryPop() after taking every value must return EMPTY");
    }

    @Test
    void holdsExactly1024ValuesThenRefuses() {
        TypedChannel.Endpoints channel = TypedChannel.open();
        for (int i = 0; i < CAPACITY; i++) {
            assertTrue(channel.producer().tryPush(i), "tryPush() number " + (i + 1) + " returned false: a TypedChannel"
                    + " holds exactly CAPACITY = 1024 values");
        }
        assertFalse(channel.producer().tryPush(CAPACITY), "tryPush() on a channel holding 1024 values must return false");
        for (int i = 0; i < CAPACITY; i++) {
            assertEquals(i, channel.consumer().tryPop(), "the refused push must not overwrite anything");
        }
        assertEquals(EMPTY, channel.consumer().tryPop(), "the refused value must not have been stored");
    }

    @Test
    void survivesWrapAroundAcrossTheCapacity() {
        TypedChannel.Endpoints channel = TypedChannel.open();
        long next = 1;
        long expected = 1;
        // 1000 values in, 1000 out, 50 times: the start slot moves around the 1024 slots again and again.
        for (int lap = 0; lap < 50; lap++) {
            for (int i = 0; i < 1000; i++) {
                assertTrue(channel.producer().tryPush(next++), "tryPush() on lap " + lap + " with " + i + " values held");
            }
            for (int i = 0; i < 1000; i++) {
                assertEquals(expected++, channel.consumer().tryPop(), "tryPop() on lap " + lap);
            }
        }
    }

    @Test
    void pushingTheEmptySentinelIsRejected() {
        TypedChannel.Endpoints channel = TypedChannel.open();
        assertThrows(IllegalArgumentException.class, () -> channel.producer().tryPush(EMPTY),
                "tryPush(EMPTY) must throw IllegalArgumentException: tryPop() could not tell it from 'nothing there'");
        assertEquals(EMPTY, channel.consumer().tryPop(), "a rejected tryPush(EMPTY) must not store anything");
    }

    @Test
    void eachOpenMakesAnIndependentChannel() {
        TypedChannel.Endpoints first = TypedChannel.open();
        TypedChannel.Endpoints second = TypedChannel.open();
        first.producer().tryPush(42);
        assertEquals(EMPTY, second.consumer().tryPop(), "a value pushed into one channel came out of another:"
                + " open() must create a new ring every time");
        assertEquals(42, first.consumer().tryPop(), "the producer and consumer from one open() must share one ring");
    }

    // tag::confinement-test[]
    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void producerIsConfinedToTheFirstThreadThatPushes() throws Exception {
        assumeTrue(assertionsEnabled(), "run the tests with -ea: the confinement check lives in an assert");
        TypedChannel.Producer producer = TypedChannel.open().producer();
        producer.tryPush(1); // binds the producer to this test's thread
        assertConfinementViolation("tryPush", "TypedChannel.Producer", p -> p.tryPush(2), producer);
    }
    // end::confinement-test[]

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void consumerIsConfinedToTheFirstThreadThatPops() throws Exception {
        assumeTrue(assertionsEnabled(), "run the tests with -ea: the confinement check lives in an assert");
        TypedChannel.Consumer consumer = TypedChannel.open().consumer();
        consumer.tryPop(); // binds the consumer to this test's thread
        assertConfinementViolation("tryPop", "TypedChannel.Consumer", TypedChannel.Consumer::tryPop, consumer);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void producerAndConsumerThreadsMoveAMillionLongsInOrder() throws Exception {
        final long count = 1_000_000;
        TypedChannel.Endpoints channel = TypedChannel.open();
        try (TestThreads threads = new TestThreads()) {
            // Each end is used by exactly one thread, as the confinement rule requires.
            TestThreads.Spawned<Long> producer = threads.start("typed-producer", () -> {
                TypedChannel.Producer out = channel.producer();
                long sum = 0;
                // Values start at 1, so reading a slot before its value landed shows up as a 0.
                for (long v = 1; v <= count; v++) {
                    while (!out.tryPush(v)) {
                        SpscLongRingTest.backOff();
                    }
                    sum += v;
                }
                return sum;
            });
            TestThreads.Spawned<Long> consumer = threads.start("typed-consumer", () -> {
                TypedChannel.Consumer in = channel.consumer();
                long sum = 0;
                for (long expected = 1; expected <= count; expected++) {
                    long v;
                    while ((v = in.tryPop()) == EMPTY) {
                        SpscLongRingTest.backOff();
                    }
                    if (v != expected) {
                        fail("consumer expected " + expected + " but popped " + v
                                + ": values were lost, duplicated, reordered or read before they were published");
                    }
                    sum += v;
                }
                return sum;
            });
            TestThreads.awaitAllOrFirstFailure(Duration.ofSeconds(7), producer, consumer);
            long sent = producer.join(Duration.ofSeconds(1), "tryPush() never succeeded again: the consumer's"
                    + " progress is not reaching the producer");
            long received = consumer.join(Duration.ofSeconds(1), "tryPop() stopped returning values: the"
                    + " producer's progress is not reaching the consumer");
            assertEquals(sent, received, "checksum of popped values differs from checksum of pushed values");
        }
    }

    /** Uses {@code end} from a second thread and checks that the confinement assert fired and names the rule. */
    private static <E> void assertConfinementViolation(String operation, String endName, Consumer<E> use, E end)
            throws Exception {
        try (TestThreads threads = new TestThreads()) {
            Throwable failure = threads.start("second-thread", () -> {
                use.accept(end);
                return null;
            }).failure(PROMPTLY);
            if (failure == null) {
                fail(operation + "() from a second thread succeeded: each end binds to the first thread that uses it,"
                        + " and under -ea a call from another thread must fail (assert confinement.isOwnedByCaller())");
            }
            if (!(failure instanceof AssertionError || failure instanceof IllegalStateException)) {
                fail(operation + "() from a second thread must fail with AssertionError (or IllegalStateException),"
                        + " but threw " + failure);
            }
            String message = String.valueOf(failure.getMessage());
            assertTrue(message.contains(endName) && message.contains("second-thread"), "the confinement failure"
                    + " should name the end (" + endName + ") and the offending thread, but said: " + message);
        }
    }

    // tag::assertions-enabled[]
    private static boolean assertionsEnabled() {
        boolean enabled = false;
        assert enabled = true; // deliberately an assignment: it only runs when assertions are on
        return enabled;
    }
    // end::assertions-enabled[]
}
