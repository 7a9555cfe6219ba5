package org.ticktotrade.week04;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** Lesson 6: the Michael-Scott queue against a FIFO model. */
class MichaelScottQueueProperties {

    @Property(tries = 300)
    void behavesLikeAFifo(@ForAll @Size(max = 400) List<Boolean> offerOrPoll) {
        MichaelScottQueue<Integer> queue = new MichaelScottQueue<>();
        ArrayDeque<Integer> model = new ArrayDeque<>();
        int next = 0;
        for (boolean offer : offerOrPoll) {
            if (offer) {
                queue.offer(next);
                model.add(next++);
            } else {
                assertEquals(model.poll(), queue.poll(), "poll() must return the oldest item not yet polled");
            }
            assertEquals(model.isEmpty(), queue.isEmpty(), "isEmpty()");
        }
    }
}
