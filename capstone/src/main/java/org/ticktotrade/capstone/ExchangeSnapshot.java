package org.ticktotrade.capstone;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.ticktotrade.week02.Side;

/**
 * The exchange's state as bytes, for week 06's {@code SnapshotStore}: what replay would otherwise rebuild from the
 * first journal record. Little-endian longs:
 * <pre>
 * per instrument: reference price, count, then count resting orders (order id, account, side ordinal, price,
 *                 remaining quantity), each level's orders in queue order, levels from the lowest price up
 * then per account, per instrument: position
 * </pre>
 * Captured on the engine thread between batches, after a force (a snapshot must never hold a command the journal
 * could still lose). Allocates: it runs once per {@code snapshotEvery} commands, not per order.
 */
final class ExchangeSnapshot {

    private ExchangeSnapshot() {
    }

    static ByteBuffer capture(Engine engine, ExchangeConfig config) {
        int orders = 0;
        for (int i = 0; i < engine.instruments(); i++) {
            orders += engine.book(i).orderCount();
        }
        int accounts = config.accounts().size();
        ByteBuffer b = ByteBuffer.allocate(Long.BYTES * (2 * engine.instruments() + 5 * orders + accounts * engine.instruments()))
                .order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < engine.instruments(); i++) {
            InstrumentBook book = engine.book(i);
            InstrumentSpec spec = config.instruments().get(i);
            b.putLong(engine.risk().referencePrice(i)).putLong(book.orderCount());
            for (long price = spec.lowestPrice(); price < spec.lowestPrice() + spec.ticks(); price++) {
                for (Side side : Side.values()) {
                    for (long id : book.orderIdsAt(side, price)) {
                        b.putLong(id).putLong(book.traderOf(id)).putLong(side.ordinal()).putLong(price)
                                .putLong(book.restingQuantity(id));
                    }
                }
            }
        }
        for (int a = 0; a < accounts; a++) {
            for (int i = 0; i < engine.instruments(); i++) {
                b.putLong(engine.risk().position(a, i));
            }
        }
        return b.flip();
    }

    /** Rebuilds a fresh engine's books and risk from {@link #capture}'s bytes. */
    static void restore(ByteBuffer state, Engine engine, ExchangeConfig config) {
        ByteBuffer b = state.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        long[] references = new long[engine.instruments()];
        for (int i = 0; i < engine.instruments(); i++) {
            references[i] = b.getLong();
            long count = b.getLong();
            for (long k = 0; k < count; k++) {
                long orderId = b.getLong();
                long account = b.getLong();
                Side side = Side.ofOrdinal((int) b.getLong());
                long price = b.getLong();
                long quantity = b.getLong();
                engine.restoreResting(account, i, orderId, side, price, quantity);
            }
        }
        for (int a = 0; a < config.accounts().size(); a++) {
            for (int i = 0; i < engine.instruments(); i++) {
                engine.risk().restore(a, i, b.getLong(), references[i]);
            }
        }
    }
}
