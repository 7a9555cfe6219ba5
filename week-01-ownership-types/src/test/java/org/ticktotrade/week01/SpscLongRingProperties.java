package org.ticktotrade.week01;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ticktotrade.week01.SpscLongRing.EMPTY;

import java.util.ArrayDeque;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Lesson 4, as properties: on one thread the ring must behave exactly like a bounded FIFO queue.
 * The model is an {@link ArrayDeque} that refuses to grow past the ring's capacity.
 */
class SpscLongRingProperties {

    /** One step of a random script. */
    sealed interface Step {
        record Offer(long value) implements Step {}

        record Poll() implements Step {}
    }

    @Property(tries = 300)
    void behavesLikeABoundedFifoQueue(@ForAll("smallCapacities") int capacity, @ForAll("scripts") List<Step> script) {
        SpscLongRing ring = new SpscLongRing(capacity);
        ArrayDeque<Long> model = new ArrayDeque<>();
        int stepNumber = 0;
        for (Step step : script) {
            stepNumber++;
            String where = "step " + stepNumber + " (" + step + ") on a ring of capacity " + capacity
                    + " holding " + model.size() + " values";
            switch (step) {
                case Step.Offer(long value) -> {
                    boolean expected = model.size() < capacity;
                    if (expected) {
                        model.addLast(value);
                    }
                    assertEquals(expected, ring.offer(value), where + ": offer() must succeed exactly when"
                            + " tail - head < capacity");
                }
                case Step.Poll() -> {
                    long expected = model.isEmpty() ? EMPTY : model.removeFirst();
                    assertEquals(expected, ring.poll(), where + ": poll() must return the oldest value, or EMPTY");
                }
            }
            assertEquals(model.size(), ring.size(), "size() after " + where);
        }
    }

    @Property(tries = 100)
    void wrapsAroundAnyPowerOfTwoCapacity(
            @ForAll("capacities") int capacity,
            @ForAll @IntRange(min = 1, max = 1024) int batch,
            @ForAll @IntRange(min = 1, max = 100) int laps) {
        int perLap = Math.min(batch, capacity);
        SpscLongRing ring = new SpscLongRing(capacity);
        long next = 1;
        long expected = 1;
        for (int lap = 0; lap < laps; lap++) {
            for (int i = 0; i < perLap; i++) {
                assertEquals(true, ring.offer(next++), "offer() on lap " + lap + " with " + i + " of " + capacity
                        + " slots used");
            }
            for (int i = 0; i < perLap; i++) {
                assertEquals(expected++, ring.poll(), "poll() on lap " + lap + " of a ring of capacity " + capacity
                        + " moving " + perLap + " values per lap");
            }
        }
        assertEquals(EMPTY, ring.poll(), "ring must be empty after every lap was drained");
    }

    @Provide
    Arbitrary<Integer> capacities() {
        return Arbitraries.integers().between(1, 10).map(shift -> 1 << shift); // 2 .. 1024
    }

    /** 2 .. 16: small enough that a random script of up to 200 steps fills the ring often. */
    @Provide
    Arbitrary<Integer> smallCapacities() {
        return Arbitraries.integers().between(1, 4).map(shift -> 1 << shift);
    }

    @Provide
    Arbitrary<List<Step>> scripts() {
        // Half offers, half polls; values avoid EMPTY. Small capacities plus long scripts hit "full" and "empty" often.
        // Built with combine, not oneOf: oneOf shrinks through flatMap, which can keep jqwik's shrinker busy for
        // its whole 10 s budget when different steps fail in different ways (as they do in a half-written ring).
        Arbitrary<Boolean> isOffer = Arbitraries.of(false, true);
        Arbitrary<Long> value = Arbitraries.longs().between(Long.MIN_VALUE + 1, Long.MAX_VALUE);
        return Combinators.combine(isOffer, value)
                .as((offer, v) -> offer ? (Step) new Step.Offer(v) : new Step.Poll())
                .list().ofMaxSize(200);
    }
}
