package org.ticktotrade.week01;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ticktotrade.week01.SpmcChannel.Received;
import org.ticktotrade.week01.SpmcChannel.Receiver;

/**
 * Lesson 3, as a property: on one thread, however sends and receives by several shared receivers
 * interleave, the channel behaves like one FIFO queue, and close() lets the rest drain.
 */
class SpmcChannelProperties {

    private static final int RECEIVERS = 3;
    private static final Duration ENOUGH = Duration.ofSeconds(1);

    /** One step of a random script. */
    sealed interface Step {
        record Send(int item) implements Step {}

        /** A non-blocking receive, {@code recv(Duration.ZERO)}, by one of the shared receivers. */
        record Receive(int receiver) implements Step {}
    }

    @Property(tries = 100)
    void sharedReceiversSeeOneFifoQueue(@ForAll("scripts") List<Step> script) throws InterruptedException {
        var channel = SpmcChannel.<Integer>open();
        Receiver<Integer> first = channel.receiver();
        List<Receiver<Integer>> receivers = List.of(first, first.share(), first.share());
        ArrayDeque<Integer> model = new ArrayDeque<>();
        int stepNumber = 0;
        for (Step step : script) {
            stepNumber++;
            switch (step) {
                case Step.Send(int item) -> {
                    channel.sender().send(item);
                    model.addLast(item);
                }
                case Step.Receive(int receiver) -> {
                    Received<Integer> expected = model.isEmpty()
                            ? new Received.TimedOut<>()
                            : new Received.Item<>(model.removeFirst());
                    assertEquals(expected, receivers.get(receiver).recv(Duration.ZERO), "step " + stepNumber
                            + " (" + step + ") with " + model.size() + " items left: every shared receiver takes"
                            + " the oldest item of the one queue, or times out when it is empty");
                }
            }
        }
        channel.sender().close();
        // Timed receives from here on: a channel that forgets it was closed fails instead of hanging.
        for (Integer expected : model) {
            assertEquals(new Received.Item<>(expected), first.recv(ENOUGH),
                    "items queued before close() must still be delivered, in order");
        }
        for (Receiver<Integer> receiver : receivers) {
            assertEquals(new Received.Closed<Integer>(), receiver.recv(ENOUGH),
                    "closed and drained: every receiver must see Closed");
        }
    }

    @Provide
    Arbitrary<List<Step>> scripts() {
        // kind 0 .. RECEIVERS - 1: a receive by that receiver; kind RECEIVERS: a send.
        // Built with combine, not oneOf: oneOf shrinks through flatMap, which can keep jqwik's shrinker busy for
        // its whole 10 s budget when different steps fail in different ways (as they do in a half-written channel).
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, RECEIVERS);
        Arbitrary<Integer> item = Arbitraries.integers();
        return Combinators.combine(kind, item)
                .as((k, i) -> k == RECEIVERS ? (Step) new Step.Send(i) : new Step.Receive(k))
                .list().ofMaxSize(60);
    }
}
