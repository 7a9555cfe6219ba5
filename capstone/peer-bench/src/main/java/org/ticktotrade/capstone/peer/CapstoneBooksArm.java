package org.ticktotrade.capstone.peer;

import org.ticktotrade.capstone.InstrumentBook;
import org.ticktotrade.capstone.TradeEvents;
import org.ticktotrade.week02.RejectReason;
import org.ticktotrade.week02.Side;

/**
 * The capstone's {@link InstrumentBook}s alone, one per instrument, without the engine around them: no risk, no
 * positions, one event per trade instead of two reports. The nearest like for like with exchange-core's bench
 * arm, which is its books alone; a cancel is checked against the order's owner first, as both engines do.
 */
final class CapstoneBooksArm implements Arm {

    private final InstrumentBook[] books;
    private final TradeEvents events;

    CapstoneBooksArm(CommandStream stream, int capacity, TradeEvents events) {
        this.events = events;
        books = new InstrumentBook[stream.instruments];
        for (int i = 0; i < books.length; i++) {
            long reference = CommandStream.referencePrice(i);
            books[i] = new InstrumentBook(capacity, reference - 512, 1024, events);
        }
    }

    @Override
    public void replay(CommandStream s) {
        final InstrumentBook[] b = books;
        for (int n = 0; n < s.size; n++) {
            final InstrumentBook book = b[s.instrument[n]];
            final long id = s.orderId[n];
            switch (s.kind[n]) {
                case CommandStream.GTC -> book.add(id, s.account[n], s.buy[n] ? Side.BUY : Side.SELL, s.price[n], s.quantity[n], 0);
                case CommandStream.IOC -> book.match(id, s.account[n], s.buy[n] ? Side.BUY : Side.SELL, s.price[n], s.quantity[n], 0);
                default -> {
                    if (book.traderOf(id) == s.account[n]) {
                        book.cancel(id);
                    } else {
                        events.onRejected(id, RejectReason.UNKNOWN_ORDER);
                    }
                }
            }
        }
    }

    @Override
    public long resting() {
        long r = 0;
        for (InstrumentBook book : books) {
            r += book.orderCount();
        }
        return r;
    }
}
