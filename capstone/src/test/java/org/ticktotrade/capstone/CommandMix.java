package org.ticktotrade.capstone;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.ticktotrade.week02.Side;
import org.ticktotrade.week05.MessageHeader;
import org.ticktotrade.week05.Wire;
import org.ticktotrade.week06.RecoveryScanner;

/**
 * Random commands for the loopback tests (every order type, two instruments, cancels of earlier orders), each
 * remembered as the engine call it stands for, keyed by its message type and order id. Reading a journal back
 * then feeds an engine directly, in the order the exchange journalled them, without the exchange's decoder.
 */
final class CommandMix {

    private final Map<String, Consumer<Engine>> sent = new ConcurrentHashMap<>();

    /** A thread that sends {@code count} random commands of {@code account}, then a marker cancel of an id never used. */
    Thread sender(WireClient client, long account, long firstId, long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ExchangeLoopbackTest.Io> sends = new ArrayList<>();
        List<long[]> live = new ArrayList<>(); // {instrument, order id} of orders sent, each cancelled at most once
        for (int i = 0; i < count; i++) {
            final long id = firstId + i;
            if (!live.isEmpty() && random.nextInt(5) == 0) {
                long[] victim = live.remove(random.nextInt(live.size()));
                final int instrument = (int) victim[0];
                final long order = victim[1];
                sent.put(Wire.TYPE_CANCEL_ORDER + ":" + order, e -> e.cancel(account, instrument, order));
                sends.add(() -> client.cancel(account, instrument, order));
                continue;
            }
            final int instrument = random.nextInt(2);
            final InstrumentSpec spec = ExchangeLoopbackTest.CONFIG.instruments().get(instrument);
            final Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
            final OrderType type = OrderType.values()[random.nextInt(4)];
            final long price = spec.referencePrice() + random.nextLong(-8, 9);
            final long quantity = 1 + random.nextLong(40);
            sent.put(Wire.TYPE_NEW_ORDER + ":" + id, e -> e.newOrder(account, instrument, id, side, type, price, quantity, 0));
            live.add(new long[] {instrument, id});
            sends.add(() -> client.newOrder(account, instrument, id, side, type, price, quantity));
        }
        final long marker = marker(firstId);
        sent.put(Wire.TYPE_CANCEL_ORDER + ":" + marker, e -> e.cancel(account, 0, marker));
        sends.add(() -> client.cancel(account, 0, marker));
        return Thread.ofPlatform().start(() -> {
            try {
                for (ExchangeLoopbackTest.Io send : sends) {
                    send.run();
                }
            } catch (IOException e) {
                // the exchange went away (the kill test kills it): stop sending
            }
        });
    }

    static long marker(long firstId) {
        return firstId + 999_999;
    }

    /**
     * Feeds {@code engine} the journal's commands, in its order, through the calls the senders remembered.
     * Returns how many; fails on a record nobody sent.
     */
    long replay(java.nio.file.Path journal, Engine engine) {
        long[] records = new long[1];
        RecoveryScanner.scan(journal, (sequence, segment, at, length) -> {
            String key = MessageHeader.type(segment, at) + ":" + OrderWire.orderId(segment, at, length);
            Consumer<Engine> call = sent.remove(key); // removed: a command journalled twice would fail here
            if (call == null) {
                throw new AssertionError("journal record " + sequence + " (" + key + ") is no command sent, or is one sent twice");
            }
            call.accept(engine);
            records[0]++;
        });
        return records[0];
    }
}
