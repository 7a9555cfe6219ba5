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
 * Exactly-once delivery: one thread sends 1 and 2, closes, then receives once on its receiver; a
 * second thread receives once on a shared receiver, racing with all of that; the arbiter drains
 * whatever is left.
 *
 * <p>Two actors, not three (a separate sender thread), because jcstress runs a test only when it has a
 * CPU per actor and the course's machines have two. The race that matters is still here: the second
 * receiver may be waiting before anything is sent, may arrive between the sends, or after the close.
 *
 * <p>Result: {@code r1} = what the first thread received, {@code r2} = what the second received
 * (0 for "closed and drained"), {@code r3} = items the arbiter still found. Two items, two receivers:
 * each must get one, and only which one is up to the race.
 *
 * <p>recv() cannot hang here: the channel is always closed, and a closed channel ends every wait.
 */
@JCStressTest
@Outcome(id = "1, 2, 0", expect = ACCEPTABLE, desc = "The first thread took 1 after sending; the second receiver"
        + " came later and took 2.")
@Outcome(id = "2, 1, 0", expect = ACCEPTABLE, desc = "The second receiver took 1 (it was waiting, or came after a"
        + " send); the first thread took 2.")
@Outcome(id = {"1, 1, .*", "2, 2, .*"}, expect = FORBIDDEN, desc = "Duplicated: both receivers got the same item."
        + " Remove the item from the queue while holding the lock.")
@Outcome(id = {"0, .*", ".*, 0, .*"}, expect = FORBIDDEN, desc = "A receiver reported 'closed' while an item was"
        + " still queued: recv() must drain the queue before it reports closed.")
@Outcome(expect = FORBIDDEN, desc = "Lost or invented items: receivers and leftovers do not add up to 1 and 2.")
@State
public class SpmcExactlyOnceStress {

    private final SpmcChannel.Sender<Integer> sender;
    private final SpmcChannel.Receiver<Integer> firstReceiver;
    private final SpmcChannel.Receiver<Integer> secondReceiver;

    public SpmcExactlyOnceStress() {
        SpmcChannel.Endpoints<Integer> channel = SpmcChannel.open();
        sender = channel.sender();
        firstReceiver = channel.receiver();
        secondReceiver = firstReceiver.share();
    }

    @Actor
    public void sendCloseThenReceive(III_Result r) {
        sender.send(1);
        sender.send(2);
        sender.close();
        r.r1 = receiveOnce(firstReceiver);
    }

    @Actor
    public void receive(III_Result r) {
        r.r2 = receiveOnce(secondReceiver);
    }

    @Arbiter
    public void drain(III_Result r) {
        r.r3 = drainLeftovers(firstReceiver);
    }

    /** The item received, or 0 once the channel is closed and drained. */
    static int receiveOnce(SpmcChannel.Receiver<Integer> receiver) {
        try {
            return receiver.recv().orElse(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("jcstress does not interrupt actors", e);
        }
    }

    /** How many items are still queued; call only after the channel was closed. */
    static int drainLeftovers(SpmcChannel.Receiver<Integer> receiver) {
        int leftovers = 0;
        while (receiveOnce(receiver) != 0) {
            leftovers++;
        }
        return leftovers;
    }
}
