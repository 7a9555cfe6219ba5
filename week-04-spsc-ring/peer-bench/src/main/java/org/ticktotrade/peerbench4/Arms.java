package org.ticktotrade.peerbench4;

import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.function.Consumer;
import org.agrona.concurrent.OneToOneConcurrentArrayQueue;
import org.jctools.queues.SpscArrayQueue;
import org.jctools.queues.varhandle.SpscVarHandleArrayQueue;
import org.ticktotrade.week04.SpscLongRing;
import org.ticktotrade.week04.SpscRing;

/**
 * One producer thread, one consumer thread, each spinning with {@link Thread#onSpinWait()} when its side
 * cannot move. Object arms share one loop ({@link #objects}) and move the same pre-allocated {@code Long}s;
 * the consumer unboxes each one, so every item is really read. Returns the consumer's sum (kept by the
 * caller) so nothing is dead code.
 */
final class Arms {

    private Arms() {}

    static long run(String arm, int capacity, Window window) throws InterruptedException {
        return switch (arm) {
            case "courseSpscRing" -> objects(ring(new SpscRing<Long>(capacity)), capacity, window);
            case "jctoolsVarHandle" -> objects(queue(new SpscVarHandleArrayQueue<Long>(capacity)), capacity, window);
            case "jctoolsUnsafe" -> objects(queue(new SpscArrayQueue<Long>(capacity)), capacity, window);
            case "agronaOneToOne" -> objects(queue(new OneToOneConcurrentArrayQueue<Long>(capacity)), capacity, window);
            case "disruptor1P1C" -> disruptor(capacity, window);
            case "courseSpscRingDrain" -> drained(ring(new SpscRing<Long>(capacity)), capacity, window);
            case "jctoolsVarHandleDrain" -> drained(jctools(new SpscVarHandleArrayQueue<Long>(capacity)), capacity, window);
            case "agronaOneToOneDrain" -> drained(agrona(new OneToOneConcurrentArrayQueue<Long>(capacity)), capacity, window);
            case "courseSpscLongRing" -> longs(new SpscLongRing(capacity), window);
            case "arrayBlockingQueue" -> objects(queue(new ArrayBlockingQueue<Long>(capacity)), capacity, window);
            case "lockArrayDeque" -> objects(new LockedDequeRing<>(capacity), capacity, window);
            default -> throw new IllegalArgumentException("unknown arm: " + arm);
        };
    }

    private static ObjectRing<Long> ring(SpscRing<Long> ring) {
        return new ObjectRing<>() {
            @Override
            public boolean offer(Long e) {
                return ring.offer(e);
            }

            @Override
            public Long poll() {
                return ring.poll();
            }

            @Override
            public int drain(Tally consumer, int limit) {
                return ring.drain(consumer, limit);
            }
        };
    }

    private static ObjectRing<Long> queue(java.util.Queue<Long> queue) {
        return new ObjectRing<>() {
            @Override
            public boolean offer(Long e) {
                return queue.offer(e);
            }

            @Override
            public Long poll() {
                return queue.poll();
            }
        };
    }

    private static ObjectRing<Long> jctools(SpscVarHandleArrayQueue<Long> queue) {
        return new ObjectRing<>() {
            @Override
            public boolean offer(Long e) {
                return queue.offer(e);
            }

            @Override
            public Long poll() {
                return queue.poll();
            }

            @Override
            public int drain(Tally consumer, int limit) {
                return queue.drain(consumer, limit);
            }
        };
    }

    private static ObjectRing<Long> agrona(OneToOneConcurrentArrayQueue<Long> queue) {
        return new ObjectRing<>() {
            @Override
            public boolean offer(Long e) {
                return queue.offer(e);
            }

            @Override
            public Long poll() {
                return queue.poll();
            }

            @Override
            public int drain(Tally consumer, int limit) {
                return queue.drain(consumer, limit);
            }
        };
    }

    /** The producer loop every object arm shares: the same boxed values, spinning while the queue is full. */
    private static Thread producer(ObjectRing<Long> ring, int capacity, Window window) {
        // made before the clock starts: no allocation in the loop
        Long[] items = new Long[capacity];
        for (int i = 0; i < capacity; i++) {
            items[i] = Long.valueOf(1_000 + i);
        }
        int mask = capacity - 1;
        Thread producer = new Thread(() -> {
            int i = 0;
            while (!window.stopped()) {
                Long e = items[i++ & mask];
                while (!ring.offer(e)) {
                    if (window.stopped()) {
                        break;
                    }
                    Thread.onSpinWait();
                }
            }
            window.producerDone = true;
        }, "producer");
        window.producerThread(producer.threadId());
        return producer;
    }

    /** The consumer takes batches through the queue's own drain (the Disruptor's consumer batches by design). */
    private static long drained(ObjectRing<Long> ring, int capacity, Window window) throws InterruptedException {
        Thread producer = producer(ring, capacity, window);
        producer.start();
        Tally tally = new Tally(window);
        while (true) {
            if (ring.drain(tally, capacity) == 0) {
                if (window.producerDone && ring.drain(tally, capacity) == 0) {
                    break;
                }
                Thread.onSpinWait();
            }
        }
        producer.join();
        return tally.sum;
    }

    /** One object is both kinds of consumer, so no adapter is made per drain call. */
    static final class Tally implements Consumer<Long>, org.jctools.queues.MessagePassingQueue.Consumer<Long> {
        private final Window window;
        private long count;
        long sum;

        Tally(Window window) {
            this.window = window;
        }

        @Override
        public void accept(Long e) {
            sum += e;
            if ((++count & Window.CHECK_MASK) == 0) {
                window.check(count);
            }
        }
    }

    // tag::objects[]
    private static long objects(ObjectRing<Long> ring, int capacity, Window window) throws InterruptedException {
        Thread producer = producer(ring, capacity, window);
        producer.start();
        long count = 0;
        long sum = 0;
        while (true) {
            Long e = ring.poll();
            if (e == null) {
                if (window.producerDone) {
                    break;
                }
                Thread.onSpinWait();
                continue;
            }
            sum += e;
            if ((++count & Window.CHECK_MASK) == 0) {
                window.check(count);
            }
        }
        producer.join();
        return sum;
    }
    // end::objects[]

    private static long longs(SpscLongRing ring, Window window) throws InterruptedException {
        Thread producer = new Thread(() -> {
            long v = 1_000;
            while (!window.stopped()) {
                while (!ring.offer(v)) {
                    if (window.stopped()) {
                        break;
                    }
                    Thread.onSpinWait();
                }
                v++;
            }
            window.producerDone = true;
        }, "producer");
        window.producerThread(producer.threadId());
        producer.start();
        long count = 0;
        long sum = 0;
        while (true) {
            long v = ring.poll();
            if (v == SpscLongRing.EMPTY) {
                if (window.producerDone) {
                    break;
                }
                Thread.onSpinWait();
                continue;
            }
            sum += v;
            if ((++count & Window.CHECK_MASK) == 0) {
                window.check(count);
            }
        }
        producer.join();
        return sum;
    }

    /** The Disruptor's own idiom: the ring pre-allocates its events, the producer claims, writes a long, publishes. */
    static final class LongEvent {
        long value;
    }

    private static final class Counting implements EventHandler<LongEvent> {
        private final Window window;
        private long count;
        long sum;

        Counting(Window window) {
            this.window = window;
        }

        @Override
        public void onEvent(LongEvent event, long sequence, boolean endOfBatch) {
            sum += event.value;
            if ((++count & Window.CHECK_MASK) == 0) {
                window.check(count);
            }
        }
    }

    // tag::disruptor[]
    private static long disruptor(int capacity, Window window) throws InterruptedException {
        Disruptor<LongEvent> disruptor = new Disruptor<>(LongEvent::new, capacity, r -> new Thread(r, "consumer"),
                ProducerType.SINGLE, new BusySpinWaitStrategy());
        Counting handler = new Counting(window);
        disruptor.handleEventsWith(handler);
        RingBuffer<LongEvent> ring = disruptor.start();
        // here the calling thread produces and the Disruptor's thread consumes (window.check then reads the producer's CPU)
        window.producerThread(Thread.currentThread().threadId());
        long v = 1_000;
        while (!window.stopped()) {
            long seq = ring.next(); // spins (parkNanos(1)) while the ring is full
            ring.get(seq).value = v++;
            ring.publish(seq);
        }
        window.producerDone = true;
        disruptor.shutdown(); // waits until the consumer has seen everything published
        return handler.sum;
    }
    // end::disruptor[]
}
