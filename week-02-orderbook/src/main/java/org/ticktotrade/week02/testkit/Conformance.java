package org.ticktotrade.week02.testkit;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ticktotrade.week02.CancelReason;
import org.ticktotrade.week02.OrderBook;
import org.ticktotrade.week02.RejectReason;
import org.ticktotrade.week02.Side;

/**
 * The order-book properties, as checks any book can be put through with any command list. Each check
 * replays the commands on a fresh book and throws an {@link AssertionError} naming the step, the command
 * and what went wrong; the property tests of weeks 02 and 03 generate the commands and call these.
 *
 * <p>Apart from {@link #matchesModel}, each check is independent of the {@link ModelBook}: it reads only
 * the book's events and answers, so a failure points at one rule.
 */
public final class Conformance {

    private Conformance() {}

    /** Every command produces exactly the events the model produces, and the book's answers agree with it. */
    public static void matchesModel(BookFactory factory, List<Command> commands) {
        matchesModel(factory, new ModelBook(), commands);
    }

    /** As {@link #matchesModel(BookFactory, List)}, against a model with the book's capacity. */
    public static void matchesModel(BookFactory factory, ModelBook model, List<Command> commands) {
        RecordingEvents events = new RecordingEvents();
        OrderBook book = factory.create(events);
        for (int step = 0; step < commands.size(); step++) {
            Command command = commands.get(step);
            command.applyTo(book);
            List<BookEvent> actual = events.drain();
            List<BookEvent> expected = model.apply(command);
            if (!actual.equals(expected)) {
                fail(step, commands, "the book reported " + actual + " but price-time priority gives " + expected);
            }
            check(step, commands, book.bestBid() == model.bestBid(), "bestBid() is " + book.bestBid() + ", the highest resting buy is " + model.bestBid());
            check(step, commands, book.bestAsk() == model.bestAsk(), "bestAsk() is " + book.bestAsk() + ", the lowest resting sell is " + model.bestAsk());
            check(step, commands, book.orderCount() == model.orderCount(), "orderCount() is " + book.orderCount() + ", " + model.orderCount() + " orders rest");
            check(step, commands, book.restingQuantity(command.orderId()) == model.restingQuantity(command.orderId()),
                    "restingQuantity(" + command.orderId() + ") is " + book.restingQuantity(command.orderId()) + ", should be " + model.restingQuantity(command.orderId()));
            for (ModelBook.Level level : model.levels()) {
                long[] ids = book.orderIdsAt(level.side(), level.price());
                long[] want = model.orderIdsAt(level.side(), level.price());
                check(step, commands, Arrays.equals(ids, want), "orderIdsAt(" + level.side() + ", " + level.price() + ") is "
                        + Arrays.toString(ids) + ", should be " + Arrays.toString(want) + " (oldest first)");
                check(step, commands, book.quantityAt(level.side(), level.price()) == model.quantityAt(level.side(), level.price()),
                        "quantityAt(" + level.side() + ", " + level.price() + ") is " + book.quantityAt(level.side(), level.price())
                                + ", should be " + model.quantityAt(level.side(), level.price()));
            }
        }
    }

    /** After every command the best bid is strictly below the best ask: matching leaves nothing crossed. */
    public static void neverCrossed(BookFactory factory, List<Command> commands) {
        OrderBook book = factory.create(new RecordingEvents());
        for (int step = 0; step < commands.size(); step++) {
            commands.get(step).applyTo(book);
            check(step, commands, book.bestBid() < book.bestAsk(), "the book is crossed: best bid " + book.bestBid()
                    + " >= best ask " + book.bestAsk() + "; an order that crosses must trade before it rests");
        }
    }

    /**
     * For every accepted order: traded (as taker and as maker) + still resting + cancelled = the quantity
     * it arrived with. Nothing is created or lost.
     */
    public static void quantityConserved(BookFactory factory, List<Command> commands) {
        RecordingEvents events = new RecordingEvents();
        OrderBook book = factory.create(events);
        Map<Long, Long> entered = new HashMap<>();
        Map<Long, Long> accountedFor = new HashMap<>();
        for (int step = 0; step < commands.size(); step++) {
            Command command = commands.get(step);
            command.applyTo(book);
            List<BookEvent> happened = events.drain();
            boolean rejected = happened.stream().anyMatch(e -> e instanceof BookEvent.Rejected r && r.orderId() == command.orderId());
            switch (command) {
                case Command.Add a when !rejected -> entered.put(a.orderId(), a.quantity());
                case Command.Match m when !rejected -> entered.put(m.orderId(), m.quantity());
                default -> { }
            }
            for (BookEvent e : happened) {
                switch (e) {
                    case BookEvent.Trade t -> {
                        accountedFor.merge(t.takerOrderId(), t.quantity(), Long::sum);
                        accountedFor.merge(t.makerOrderId(), t.quantity(), Long::sum);
                    }
                    case BookEvent.Cancelled c -> accountedFor.merge(c.orderId(), c.quantity(), Long::sum);
                    default -> { }
                }
            }
            for (Map.Entry<Long, Long> order : entered.entrySet()) {
                long id = order.getKey();
                long total = accountedFor.getOrDefault(id, 0L) + book.restingQuantity(id);
                check(step, commands, total == order.getValue(), "order #" + id + " entered with " + order.getValue()
                        + " but traded + cancelled + resting = " + total);
            }
        }
    }

    /**
     * Within one price, orders fill in arrival order: every trade's maker is the oldest order resting at
     * its side and price, and {@link OrderBook#orderIdsAt} lists them oldest first.
     */
    public static void fifoWithinLevel(BookFactory factory, List<Command> commands) {
        RecordingEvents events = new RecordingEvents();
        OrderBook book = factory.create(events);
        Map<ModelBook.Level, ArrayDeque<Long>> queues = new HashMap<>();
        Map<Long, ModelBook.Level> levelOf = new HashMap<>();
        for (int step = 0; step < commands.size(); step++) {
            commands.get(step).applyTo(book);
            for (BookEvent e : events.drain()) {
                switch (e) {
                    case BookEvent.Rested r -> {
                        ModelBook.Level level = new ModelBook.Level(r.side(), r.price());
                        queues.computeIfAbsent(level, k -> new ArrayDeque<>()).addLast(r.orderId());
                        levelOf.put(r.orderId(), level);
                    }
                    case BookEvent.Trade t -> {
                        ModelBook.Level level = levelOf.get(t.makerOrderId());
                        Long oldest = level == null ? null : queues.get(level).peekFirst();
                        check(step, commands, oldest != null && oldest == t.makerOrderId(), "order #" + t.takerOrderId()
                                + " traded with #" + t.makerOrderId() + " but the oldest order at that price is #" + oldest
                                + ": within a price level, orders fill first in, first out");
                        if (t.makerRemaining() == 0) {
                            queues.get(level).pollFirst();
                            levelOf.remove(t.makerOrderId());
                        }
                    }
                    case BookEvent.Cancelled c when levelOf.containsKey(c.orderId()) -> {
                        queues.get(levelOf.remove(c.orderId())).remove(c.orderId());
                    }
                    default -> { }
                }
            }
            for (Map.Entry<ModelBook.Level, ArrayDeque<Long>> q : queues.entrySet()) {
                long[] want = q.getValue().stream().mapToLong(Long::longValue).toArray();
                long[] ids = book.orderIdsAt(q.getKey().side(), q.getKey().price());
                check(step, commands, Arrays.equals(ids, want), "orderIdsAt(" + q.getKey().side() + ", " + q.getKey().price()
                        + ") is " + Arrays.toString(ids) + " but the orders rested there in the order " + Arrays.toString(want)
                        + ": a level is a queue, first in, first out");
            }
        }
    }

    /**
     * A cancel of an id that does not rest (never added, rejected, filled, already cancelled, or an IOC
     * order) is rejected with {@link RejectReason#UNKNOWN_ORDER} and changes nothing; a cancel of a
     * resting id is acknowledged with its full remaining quantity.
     */
    public static void cancelOfUnknownOrFilledIdRejects(BookFactory factory, List<Command> commands) {
        RecordingEvents events = new RecordingEvents();
        OrderBook book = factory.create(events);
        Set<Long> resting = new HashSet<>();
        for (int step = 0; step < commands.size(); step++) {
            Command command = commands.get(step);
            long before = book.restingQuantity(command.orderId());
            int countBefore = book.orderCount();
            command.applyTo(book);
            List<BookEvent> happened = events.drain();
            if (command instanceof Command.Cancel c) {
                List<BookEvent> want = resting.contains(c.orderId())
                        ? List.of(new BookEvent.Cancelled(c.orderId(), before, CancelReason.REQUESTED))
                        : List.of(new BookEvent.Rejected(c.orderId(), RejectReason.UNKNOWN_ORDER));
                check(step, commands, happened.equals(want), "cancel #" + c.orderId() + " reported " + happened + ", expected " + want
                        + (resting.contains(c.orderId()) ? "" : " (the order does not rest: a cancel of it is a reject that changes nothing)"));
                int countAfter = book.orderCount();
                check(step, commands, countAfter == countBefore - (resting.contains(c.orderId()) ? 1 : 0),
                        "orderCount() went from " + countBefore + " to " + countAfter);
            }
            for (BookEvent e : happened) {
                switch (e) {
                    case BookEvent.Rested r -> resting.add(r.orderId());
                    case BookEvent.Trade t when t.makerRemaining() == 0 -> resting.remove(t.makerOrderId());
                    case BookEvent.Cancelled c -> resting.remove(c.orderId());
                    default -> { }
                }
            }
        }
    }

    /** The same commands on two fresh books give the same events and the same final book. */
    public static void deterministic(BookFactory factory, List<Command> commands) {
        RecordingEvents first = new RecordingEvents();
        RecordingEvents second = new RecordingEvents();
        OrderBook a = factory.create(first);
        OrderBook b = factory.create(second);
        commands.forEach(c -> c.applyTo(a));
        commands.forEach(c -> c.applyTo(b));
        List<BookEvent> x = first.all();
        List<BookEvent> y = second.all();
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            if (!x.get(i).equals(y.get(i))) {
                throw new AssertionError("two books fed the same " + commands.size() + " commands disagree at event " + i + ": "
                        + x.get(i) + " vs " + y.get(i) + ". A book must not depend on anything but its input (no clock, no"
                        + " randomness, no iteration order of a hash of objects).\ncommands: " + commands);
            }
        }
        if (x.size() != y.size() || a.bestBid() != b.bestBid() || a.bestAsk() != b.bestAsk() || a.orderCount() != b.orderCount()) {
            throw new AssertionError("two books fed the same commands ended differently: " + x.size() + " vs " + y.size()
                    + " events\ncommands: " + commands);
        }
    }

    private static void check(int step, List<Command> commands, boolean ok, String what) {
        if (!ok) {
            fail(step, commands, what);
        }
    }

    private static void fail(int step, List<Command> commands, String what) {
        StringBuilder sb = new StringBuilder("after step ").append(step + 1).append(" (").append(commands.get(step)).append("): ")
                .append(what).append("\ncommands up to there:");
        for (int i = 0; i <= step; i++) {
            sb.append("\n  ").append(i + 1).append(". ").append(commands.get(i));
        }
        throw new AssertionError(sb.toString());
    }
}
