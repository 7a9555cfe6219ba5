package org.ticktotrade.capstone.peer;

import exchange.core2.collections.objpool.ObjectsPool;
import exchange.core2.core.common.CoreSymbolSpecification;
import exchange.core2.core.common.MatcherEventType;
import exchange.core2.core.common.MatcherTradeEvent;
import exchange.core2.core.common.OrderAction;
import exchange.core2.core.common.OrderType;
import exchange.core2.core.common.SymbolType;
import exchange.core2.core.common.cmd.CommandResultCode;
import exchange.core2.core.common.cmd.OrderCommand;
import exchange.core2.core.common.cmd.OrderCommandType;
import exchange.core2.core.common.config.LoggingConfiguration;
import exchange.core2.core.orderbook.IOrderBook;
import exchange.core2.core.orderbook.OrderBookDirectImpl;
import exchange.core2.core.orderbook.OrderBookEventsHelper;
import org.openjdk.jmh.infra.Blackhole;

/**
 * exchange-core 0.5.3's matching stage for the same instruments: one {@link OrderBookDirectImpl} per symbol
 * (adaptive radix trees of price buckets, orders from one object pool shared by the books, as its matching engine
 * router keeps them, though sized by {@code createDefaultTestPool} as in week 03's bench), each command handed to
 * {@link IOrderBook#processCommand}, the router's own dispatch, in one
 * reused {@link OrderCommand}. The books are kept in an array indexed by symbol (the router uses a hash map).
 *
 * <p>Its risk engine is not run: exchange-core's pipeline runs risk in a stage before matching, which marks a
 * command {@code VALID_FOR_MATCHING_ENGINE}; this arm marks every new order so itself. Cancels carry the order's
 * owner ({@code uid}), which the book checks. Trade events come from
 * {@code OrderBookEventsHelper.NON_POOLED_EVENTS_HELPER}, one new object per event (the full pipeline recycles
 * chains of them), and are read back like the capstone's reports: into a {@link Blackhole}, or counted.
 */
final class ExchangeCoreArm implements Arm {

    private final IOrderBook[] books;
    private final OrderCommand command = new OrderCommand();
    private final Blackhole blackhole;
    private final Tally tally; // null when timed

    ExchangeCoreArm(CommandStream stream, Blackhole blackhole, Tally tally) {
        this.blackhole = blackhole;
        this.tally = tally;
        ObjectsPool pool = ObjectsPool.createDefaultTestPool();
        books = new IOrderBook[stream.instruments];
        for (int i = 0; i < books.length; i++) {
            CoreSymbolSpecification spec = CoreSymbolSpecification.builder()
                    .symbolId(i).type(SymbolType.CURRENCY_EXCHANGE_PAIR).baseCurrency(1).quoteCurrency(2)
                    .baseScaleK(1).quoteScaleK(1).takerFee(0).makerFee(0).build();
            books[i] = new OrderBookDirectImpl(spec, pool, OrderBookEventsHelper.NON_POOLED_EVENTS_HELPER,
                    LoggingConfiguration.DEFAULT);
        }
    }

    // tag::replay[]
    @Override
    public void replay(CommandStream s) {
        final OrderCommand c = command;
        for (int n = 0; n < s.size; n++) {
            c.symbol = s.instrument[n];
            c.orderId = s.orderId[n];
            c.uid = s.account[n];
            c.matcherEvent = null;
            if (s.kind[n] == CommandStream.CANCEL) {
                c.command = OrderCommandType.CANCEL_ORDER;
            } else {
                c.command = OrderCommandType.PLACE_ORDER;
                c.resultCode = CommandResultCode.VALID_FOR_MATCHING_ENGINE; // what its risk stage would set
                c.orderType = s.kind[n] == CommandStream.GTC ? OrderType.GTC : OrderType.IOC;
                c.action = s.buy[n] ? OrderAction.BID : OrderAction.ASK;
                c.price = s.price[n];
                c.reserveBidPrice = s.price[n];
                c.size = s.quantity[n];
                c.timestamp = 0;
            }
            final CommandResultCode result = IOrderBook.processCommand(books[c.symbol], c);
            consume(c, result);
        }
    }
    // end::replay[]

    private void consume(OrderCommand c, CommandResultCode result) {
        if (tally != null) {
            count(c, result);
            return;
        }
        blackhole.consume(result);
        for (MatcherTradeEvent e = c.matcherEvent; e != null; e = e.nextEvent) {
            blackhole.consume(e.matchedOrderId);
            blackhole.consume(e.price);
            blackhole.consume(e.size);
        }
    }

    private void count(OrderCommand c, CommandResultCode result) {
        if (c.command == OrderCommandType.CANCEL_ORDER) {
            if (result == CommandResultCode.SUCCESS) {
                tally.cancelled++;
            } else if (result == CommandResultCode.MATCHING_UNKNOWN_ORDER_ID) {
                tally.cancelsRefused++;
            } else {
                tally.otherRejects++;
            }
        } else if (result != CommandResultCode.SUCCESS) {
            tally.otherRejects++;
        }
        for (MatcherTradeEvent e = c.matcherEvent; e != null; e = e.nextEvent) {
            if (e.eventType == MatcherEventType.TRADE) {
                tally.trade(c.orderId, e.matchedOrderId, e.price, e.size);
            } else if (e.eventType == MatcherEventType.REJECT && c.command == OrderCommandType.PLACE_ORDER) {
                if (c.orderType == OrderType.IOC) {
                    tally.iocCancelled++;
                } else {
                    tally.otherRejects++;
                }
            }
        }
    }

    @Override
    public long resting() {
        long r = 0;
        for (IOrderBook book : books) {
            r += book.getOrdersNum(OrderAction.ASK) + book.getOrdersNum(OrderAction.BID);
        }
        return r;
    }
}
