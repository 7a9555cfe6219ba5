package org.ticktotrade.week01.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;
import org.ticktotrade.week01.SpmcChannel;

/**
 * close() must end every wait, and may report "closed" only once the queue is drained.
 *
 * <p>Close racing with a receiver: one thread sends a single item, closes, then receives once; a second
 * thread receives once on a shared receiver. Exactly one of them must get the item and the other must
 * be told "closed", including when the second receiver was already waiting and the first thread took
 * the item before it could.
 *
 * <p>Result: {@code r1}, {@code r2} = what each thread received (0 for "closed and drained"),
 * {@code r3} = items the arbiter still found.
 *
 * <p>A receiver that nobody wakes (no signal on send, none on close) waits forever: jcstress then
 * reports the test as hung, which fails it as surely as a FORBIDDEN outcome. Waking every one of
 * several waiting receivers needs three threads, which jcstress on two CPUs cannot run, so
 * SpmcChannelTest covers that with real threads.
 */
@JCStressTest
@Outcome(id = "0, 1, 0", expect = ACCEPTABLE, desc = "The second receiver got the item; the first thread, receiving"
        + " after its own close, was told 'closed'.")
@Outcome(id = "1, 0, 0", expect = ACCEPTABLE, desc = "The first thread took the item back; the second receiver"
        + " (waiting, or arriving late) was told 'closed'.")
@Outcome(id = "1, 1, .*", expect = FORBIDDEN, desc = "Duplicated: both receivers got the one item.")
@Outcome(id = "0, 0, 1", expect = FORBIDDEN, desc = "Both receivers reported 'closed' while the item was still"
        + " queued: recv() must drain before it reports closed.")
@Outcome(id = "0, 0, 0", expect = FORBIDDEN, desc = "Nobody got the item: it was lost, or every recv() (the"
        + " arbiter's too) reported 'closed' with the item still queued. Drain before reporting closed.")
@Outcome(expect = FORBIDDEN, desc = "Impossible bookkeeping: more items came out than went in.")
@State
public class SpmcCloseWakesEveryoneStress {

    private final SpmcChannel.Sender<Integer> sender;
    private final SpmcChannel.Receiver<Integer> firstReceiver;
    private final SpmcChannel.Receiver<Integer> secondReceiver;

    public SpmcCloseWakesEveryoneStress() {
        SpmcChannel.Endpoints<Integer> channel = SpmcChannel.open();
        sender = channel.sender();
        firstReceiver = channel.receiver();
        secondReceiver = firstReceiver.share();
    }

    @Actor
    public void sendCloseThenReceive(III_Result r) {
        sender.send(1);
        sender.close();
        r.r1 = SpmcExactlyOnceStress.receiveOnce(firstReceiver);
    }

    @Actor
    public void receive(III_Result r) {
        r.r2 = SpmcExactlyOnceStress.receiveOnce(secondReceiver);
    }

    @Arbiter
    public void drain(III_Result r) {
        r.r3 = SpmcExactlyOnceStress.drainLeftovers(firstReceiver);
    }
}
