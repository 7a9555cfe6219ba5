package org.ticktotrade.peerbench;

import exchange.core2.collections.objpool.ObjectsPool;
import exchange.core2.core.common.CoreSymbolSpecification;
import exchange.core2.core.common.MatcherTradeEvent;
import exchange.core2.core.common.OrderAction;
import exchange.core2.core.common.OrderType;
import exchange.core2.core.common.SymbolType;
import exchange.core2.core.common.cmd.OrderCommand;
import exchange.core2.core.common.cmd.OrderCommandType;
import exchange.core2.core.common.config.LoggingConfiguration;
import exchange.core2.core.orderbook.IOrderBook;
import exchange.core2.core.orderbook.OrderBookDirectImpl;
import exchange.core2.core.orderbook.OrderBookEventsHelper;
import exchange.core2.core.orderbook.OrderBookNaiveImpl;
import org.openjdk.jmh.infra.Blackhole;
import org.ticktotrade.week02.OrderBook;
import org.ticktotrade.week02.Side;
import org.ticktotrade.week02.flow.OrderFlow;

/**
 * exchange-core 0.5.3's standalone order books ({@code OrderBookNaiveImpl}: TreeMaps of LinkedHashMap
 * buckets; {@code OrderBookDirectImpl}: adaptive radix trees and an intrusive order list from object
 * pools) behind the course's interface, driven with one reused {@link OrderCommand}.
 *
 * <p>Bridging: adds are GTC orders, matches IOC orders; exchange-core checks that a cancel comes from the
 * order's owner, so the adapter looks the owner up in a table built from the stream (ids in a generated
 * stream are dense from 1). The books run without risk processing. Their trade events come from
 * {@code OrderBookEventsHelper.NON_POOLED_EVENTS_HELPER}, so they allocate an event per trade; in the full
 * exchange-core pipeline events are pooled chains. Its books do no self-trade prevention.
 */
final class ExchangeCoreBook implements OrderBook {

    private static final CoreSymbolSpecification SYMBOL = CoreSymbolSpecification.builder()
            .symbolId(1).type(SymbolType.CURRENCY_EXCHANGE_PAIR).baseCurrency(1).quoteCurrency(2)
            .baseScaleK(1).quoteScaleK(1).takerFee(0).makerFee(0).build();

    private final IOrderBook book;
    private final OrderCommand command = new OrderCommand();
    private final long[] ownerOf;
    private final Blackhole blackhole;

    // tag::books[]
    static ExchangeCoreBook direct(OrderFlow flow, Blackhole blackhole) {
        return new ExchangeCoreBook(new OrderBookDirectImpl(SYMBOL, ObjectsPool.createDefaultTestPool(),
                OrderBookEventsHelper.NON_POOLED_EVENTS_HELPER, LoggingConfiguration.DEFAULT), flow, blackhole);
    }

    static ExchangeCoreBook naive(OrderFlow flow, Blackhole blackhole) {
        return new ExchangeCoreBook(new OrderBookNaiveImpl(SYMBOL, LoggingConfiguration.DEFAULT), flow, blackhole);
    }
    // end::books[]

    private ExchangeCoreBook(IOrderBook book, OrderFlow flow, Blackhole blackhole) {
        this.book = book;
        this.blackhole = blackhole;
        long maxId = 0;
        for (int i = 0; i < flow.size(); i++) {
            maxId = Math.max(maxId, flow.orderId(i));
        }
        this.ownerOf = new long[(int) maxId + 1];
        for (int i = 0; i < flow.size(); i++) {
            if (flow.kind(i) != OrderFlow.CANCEL) {
                ownerOf[(int) flow.orderId(i)] = flow.traderId(i);
            }
        }
        command.symbol = 1;
    }

    @Override
    public void add(long orderId, long traderId, Side side, long price, long quantity, long timestampNanos) {
        place(OrderType.GTC, orderId, traderId, side, price, quantity, timestampNanos);
    }

    @Override
    public void match(long orderId, long traderId, Side side, long limitPrice, long quantity, long timestampNanos) {
        place(OrderType.IOC, orderId, traderId, side, limitPrice, quantity, timestampNanos);
    }

    // tag::place[]
    private void place(OrderType type, long orderId, long traderId, Side side, long price, long quantity, long timestampNanos) {
        final OrderCommand c = command;
        c.command = OrderCommandType.PLACE_ORDER;
        c.orderType = type;
        c.orderId = orderId;
        c.uid = traderId;
        c.action = side == Side.BUY ? OrderAction.BID : OrderAction.ASK;
        c.price = price;
        c.reserveBidPrice = price;
        c.size = quantity;
        c.timestamp = timestampNanos;
        c.matcherEvent = null;
        book.newOrder(c);
        consumeEvents(c);
    }
    // end::place[]

    @Override
    public void cancel(long orderId) {
        final OrderCommand c = command;
        c.command = OrderCommandType.CANCEL_ORDER;
        c.orderId = orderId;
        c.uid = ownerOf[(int) orderId];
        c.matcherEvent = null;
        blackhole.consume(book.cancelOrder(c));
        consumeEvents(c);
    }

    private void consumeEvents(OrderCommand c) {
        for (MatcherTradeEvent e = c.matcherEvent; e != null; e = e.nextEvent) {
            blackhole.consume(e.matchedOrderId);
            blackhole.consume(e.price);
            blackhole.consume(e.size);
        }
    }

    @Override
    public long bestBid() {
        throw new UnsupportedOperationException("replay only");
    }

    @Override
    public long bestAsk() {
        throw new UnsupportedOperationException("replay only");
    }

    @Override
    public long quantityAt(Side side, long price) {
        throw new UnsupportedOperationException("replay only");
    }

    @Override
    public int orderCount() {
        throw new UnsupportedOperationException("replay only");
    }

    @Override
    public long restingQuantity(long orderId) {
        throw new UnsupportedOperationException("replay only");
    }

    @Override
    public long[] orderIdsAt(Side side, long price) {
        throw new UnsupportedOperationException("replay only");
    }
}
