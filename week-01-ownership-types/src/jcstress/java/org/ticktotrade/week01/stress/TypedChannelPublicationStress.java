package org.ticktotrade.week01.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import org.ticktotrade.week01.TypedChannel;

/**
 * The project's endpoints keep the ring's publication guarantee: a producer thread pushes 1 then 2
 * while a consumer thread pops twice. Result {@code -1} means tryPop() returned EMPTY; a fresh
 * channel's slots hold 0, so 0 means a slot was read before its value landed.
 */
@JCStressTest
@Outcome(id = {"-1, -1", "-1, 1", "1, -1", "1, 2"}, expect = ACCEPTABLE,
        desc = "The consumer saw a prefix of 1, 2, in order, each value only once it was published.")
@Outcome(id = {"0, .*", ".*, 0"}, expect = FORBIDDEN,
        desc = "Stale slot: the consumer saw a push published but read the slot's old 0.")
@Outcome(expect = FORBIDDEN, desc = "Values duplicated or out of order.")
@State
public class TypedChannelPublicationStress {

    private final TypedChannel.Producer producer;
    private final TypedChannel.Consumer consumer;

    public TypedChannelPublicationStress() {
        TypedChannel.Endpoints channel = TypedChannel.open();
        producer = channel.producer();
        consumer = channel.consumer();
    }

    @Actor
    public void producer() {
        producer.tryPush(1);
        producer.tryPush(2);
    }

    @Actor
    public void consumer(II_Result r) {
        r.r1 = observed(consumer.tryPop());
        r.r2 = observed(consumer.tryPop());
    }

    private static int observed(long popped) {
        return popped == TypedChannel.EMPTY ? -1 : (int) popped;
    }
}
