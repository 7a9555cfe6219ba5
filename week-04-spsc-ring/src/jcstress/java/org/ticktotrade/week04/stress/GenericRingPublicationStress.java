package org.ticktotrade.week04.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;
import org.ticktotrade.week04.SpscRing;

/**
 * Publishing a reference publishes the object: the producer builds an order (a plain, non-final field, so
 * nothing but the ring's ordering protects it) and offers it; a consumer that gets the order must see its
 * field written. {@code r1} = the field, or -1 when the ring was empty.
 */
@JCStressTest
@Outcome(id = "-1", expect = ACCEPTABLE, desc = "Empty: the consumer looked before the offer was published.")
@Outcome(id = "42", expect = ACCEPTABLE, desc = "The order, fully built.")
@Outcome(id = "0", expect = FORBIDDEN, desc = "The order arrived before its field: release producerIndex after the slot store.")
@Outcome(expect = FORBIDDEN, desc = "Something nobody wrote.")
@State
public class GenericRingPublicationStress {

    /** Deliberately mutable, with a plain field. */
    static final class MutableOrder {
        int quantity;
    }

    private final SpscRing<MutableOrder> ring = new SpscRing<>(4);

    @Actor
    public void producer() {
        MutableOrder order = new MutableOrder();
        order.quantity = 42;
        ring.offer(order);
    }

    @Actor
    public void consumer(I_Result r) {
        MutableOrder order = ring.poll();
        r.r1 = order == null ? -1 : order.quantity;
    }
}
