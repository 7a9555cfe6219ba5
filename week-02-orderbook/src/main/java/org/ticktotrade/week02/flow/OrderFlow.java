package org.ticktotrade.week02.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.ticktotrade.week02.OrderBook;
import org.ticktotrade.week02.Side;
import org.ticktotrade.week02.testkit.Command;

/**
 * A generated, replayable order stream: passive adds near a drifting mid, cancels of earlier orders, and
 * marketable orders that trade (some immediate-or-cancel), stored as parallel primitive arrays so a
 * benchmark can replay it without allocating.
 *
 * <p><b>Deterministic.</b> One seed, one {@link SplittableRandom}, integer arithmetic only: the same
 * {@link FlowParameters} give the same commands everywhere.
 *
 * <p><b>Closed.</b> The generator does not run a book, so it cannot know which orders have filled. It
 * keeps every order that may rest in a pool, cancels from that pool, and ends the stream by cancelling
 * whatever is still in it. Replayed on an empty book the stream therefore leaves the book empty again
 * (cancels of orders that filled meanwhile are rejected, harmlessly), so a benchmark can replay it in a
 * loop with the same ids, for ever, without the book growing.
 */
public final class OrderFlow {

    public static final byte ADD = 0;
    public static final byte MATCH = 1;
    public static final byte CANCEL = 2;

    private final FlowParameters parameters;
    private final byte[] kind;
    private final long[] orderId;
    private final long[] traderId;
    private final byte[] side;
    private final long[] price;
    private final long[] quantity;
    private final long[] timestamp;
    private int size;

    private OrderFlow(FlowParameters parameters, int capacity) {
        this.parameters = parameters;
        this.kind = new byte[capacity];
        this.orderId = new long[capacity];
        this.traderId = new long[capacity];
        this.side = new byte[capacity];
        this.price = new long[capacity];
        this.quantity = new long[capacity];
        this.timestamp = new long[capacity];
    }

    // tag::generate[]
    /** Generates the stream {@code p} describes. */
    public static OrderFlow generate(FlowParameters p) {
        SplittableRandom random = new SplittableRandom(p.seed());
        // Every order that might rest, so cancels target real orders; swap-removal keeps picks O(1).
        long[] pool = new long[p.commands()];
        int pooled = 0;
        OrderFlow flow = new OrderFlow(p, p.commands() + p.commands());
        long mid = p.midPrice();
        long nextId = 1;
        long now = 0;
        int totalWeight = p.passiveWeight() + p.marketableWeight() + p.cancelWeight();
        for (int i = 0; i < p.commands(); i++) {
            now += 50 + random.nextInt(450);
            if (random.nextInt(100) < p.driftPercent()) {
                long step = random.nextBoolean() ? 1 : -1;
                if (Math.abs(mid + step - p.midPrice()) <= p.maxDriftTicks()) {
                    mid += step;
                }
            }
            int roll = random.nextInt(totalWeight);
            boolean cancel = roll >= p.passiveWeight() + p.marketableWeight();
            boolean passive = roll < p.passiveWeight();
            if (passive && pooled >= p.targetResting()) {
                cancel = true; // keep the book near its target size
            }
            if (cancel && pooled == 0) {
                cancel = false;
                passive = true;
            }
            long trader = 1 + random.nextInt(p.traders());
            Side s = random.nextBoolean() ? Side.BUY : Side.SELL;
            if (cancel) {
                int pick = random.nextInt(pooled);
                long id = pool[pick];
                pool[pick] = pool[--pooled];
                flow.append(CANCEL, id, 0, Side.BUY, 0, 0, now);
            } else if (passive) {
                // d*d/depth skews distances towards the mid, as real books are thicker near the touch.
                int d = random.nextInt(p.depthTicks());
                long distance = 1 + (long) d * d / p.depthTicks();
                long px = s == Side.BUY ? mid - distance : mid + distance;
                long id = nextId++;
                pool[pooled++] = id;
                flow.append(ADD, id, trader, s, px, 1 + random.nextInt(p.maxQuantity()), now);
            } else {
                long through = random.nextInt(p.sweepTicks() + 1);
                long px = s == Side.BUY ? mid + through : mid - through;
                long id = nextId++;
                long qty = 1 + random.nextInt(2 * p.maxQuantity());
                if (random.nextInt(100) < p.iocPercent()) {
                    flow.append(MATCH, id, trader, s, px, qty, now);
                } else {
                    pool[pooled++] = id; // an aggressive limit order rests whatever it does not fill
                    flow.append(ADD, id, trader, s, px, qty, now);
                }
            }
        }
        // Close the stream: cancel everything that may still rest, oldest first.
        Arrays.sort(pool, 0, pooled);
        for (int i = 0; i < pooled; i++) {
            now += 50;
            flow.append(CANCEL, pool[i], 0, Side.BUY, 0, 0, now);
        }
        return flow;
    }
    // end::generate[]

    private void append(byte k, long id, long trader, Side s, long px, long qty, long ts) {
        kind[size] = k;
        orderId[size] = id;
        traderId[size] = trader;
        side[size] = (byte) s.ordinal();
        price[size] = px;
        quantity[size] = qty;
        timestamp[size] = ts;
        size++;
    }

    public FlowParameters parameters() {
        return parameters;
    }

    /** The number of commands, closing cancels included. */
    public int size() {
        return size;
    }

    // tag::apply[]
    /** Sends command {@code i} to {@code book}: no allocation, so benchmarks can call it in their loop. */
    public void apply(int i, OrderBook book) {
        switch (kind[i]) {
            case ADD -> book.add(orderId[i], traderId[i], Side.ofOrdinal(side[i]), price[i], quantity[i], timestamp[i]);
            case MATCH -> book.match(orderId[i], traderId[i], Side.ofOrdinal(side[i]), price[i], quantity[i], timestamp[i]);
            default -> book.cancel(orderId[i]);
        }
    }
    // end::apply[]

    /** Sends every command, in order. */
    public void applyAll(OrderBook book) {
        for (int i = 0; i < size; i++) {
            apply(i, book);
        }
    }

    public byte kind(int i) {
        return kind[i];
    }

    public long orderId(int i) {
        return orderId[i];
    }

    public long traderId(int i) {
        return traderId[i];
    }

    public Side side(int i) {
        return Side.ofOrdinal(side[i]);
    }

    public long price(int i) {
        return price[i];
    }

    public long quantity(int i) {
        return quantity[i];
    }

    public long timestampNanos(int i) {
        return timestamp[i];
    }

    /** Command {@code i} as a value (allocates: for tests and printing). */
    public Command command(int i) {
        return switch (kind[i]) {
            case ADD -> new Command.Add(orderId[i], traderId[i], side(i), price[i], quantity[i], timestamp[i]);
            case MATCH -> new Command.Match(orderId[i], traderId[i], side(i), price[i], quantity[i], timestamp[i]);
            default -> new Command.Cancel(orderId[i]);
        };
    }

    /** Every command as a value. */
    public List<Command> commands() {
        List<Command> all = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            all.add(command(i));
        }
        return all;
    }
}
