package org.ticktotrade.capstone;

import org.ticktotrade.week02.Side;

/** Everything an exchange's state is, as text a test can compare: every level of every book in time order, every position. */
final class ExchangeState {

    private ExchangeState() {
    }

    static String of(Engine engine, ExchangeConfig config) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < engine.instruments(); i++) {
            InstrumentBook book = engine.book(i);
            InstrumentSpec spec = config.instruments().get(i);
            s.append("instrument ").append(i).append(": bid ").append(book.bestBid()).append(" ask ").append(book.bestAsk())
                    .append(" orders ").append(book.orderCount()).append(" reference ").append(engine.risk().referencePrice(i)).append('\n');
            for (long price = spec.lowestPrice(); price < spec.lowestPrice() + spec.ticks(); price++) {
                for (Side side : Side.values()) {
                    long[] ids = book.orderIdsAt(side, price);
                    if (ids.length > 0) {
                        s.append("  ").append(side).append(' ').append(price).append(" x ").append(book.quantityAt(side, price))
                                .append(' ').append(java.util.Arrays.toString(ids)).append('\n');
                    }
                }
            }
        }
        for (int a = 0; a < config.accounts().size(); a++) {
            for (int i = 0; i < engine.instruments(); i++) {
                s.append("account ").append(a).append(" instrument ").append(i).append(": position ")
                        .append(engine.risk().position(a, i)).append(" resting ").append(engine.risk().resting(a, i, Side.BUY))
                        .append('/').append(engine.risk().resting(a, i, Side.SELL)).append('\n');
            }
        }
        return s.toString();
    }
}
