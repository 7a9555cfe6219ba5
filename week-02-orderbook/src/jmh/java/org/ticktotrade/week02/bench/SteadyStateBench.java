package org.ticktotrade.week02.bench;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.ticktotrade.week02.ArenaOrderBook;
import org.ticktotrade.week02.NaiveOrderBook;
import org.ticktotrade.week02.OrderBook;
import org.ticktotrade.week02.Side;

/**
 * One operation kind at a time, each in a steady state, for the allocation gates: whatever an operation
 * allocates shows up per operation in {@code gc.alloc.rate.norm}, with nothing else mixed in.
 *
 * <ul>
 *   <li><b>add then cancel</b>: a book pre-filled with {@value #WINDOW} bids over {@value #LEVELS} levels.
 *       Each operation adds a new bid below the ask (it rests, never trades) and cancels the oldest one,
 *       so the book keeps its size and every id is fresh.</li>
 *   <li><b>match</b>: a book pre-filled with {@value #LEVELS} ask levels of 10 orders of 10. Each operation
 *       is an IOC buy of 10 at the best ask, which fills exactly the oldest order there, then a new ask of
 *       10 at that price, which puts the liquidity back at the end of the queue.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 300, timeUnit = MILLISECONDS)
@Measurement(iterations = 5, time = 300, timeUnit = MILLISECONDS)
public class SteadyStateBench {

    static final int WINDOW = 1024;
    static final int LEVELS = 64;
    static final long MID = 10_000;
    static final long RESTING_TRADER = 1;
    static final long TAKER = 2;

    /** A pre-filled book whose bids cycle through a window of ids. */
    public abstract static class AddCancel {
        OrderBook book;
        final long[] window = new long[WINDOW]; // the ids resting, oldest at position `oldest`
        int oldest;
        long nextId = 1;

        void start(OrderBook newBook) {
            book = newBook;
            for (int i = 0; i < WINDOW; i++) {
                window[i] = nextId;
                book.add(nextId++, RESTING_TRADER, Side.BUY, priceOf(i), 10, i);
            }
            oldest = 0;
        }

        static long priceOf(int i) {
            return MID - 1 - (i % LEVELS);
        }

        // tag::add-then-cancel[]
        final void addThenCancel() {
            final long id = nextId++;
            book.add(id, RESTING_TRADER, Side.BUY, priceOf((int) id), 10, id);
            book.cancel(window[oldest]);
            window[oldest] = id;
            oldest = (oldest + 1) & (WINDOW - 1);
        }
        // end::add-then-cancel[]
    }

    /** A pre-filled ask side that one IOC buy eats into and one new ask restores. */
    public abstract static class MatchRefill {
        OrderBook book;
        long nextId = 1;

        void start(OrderBook newBook) {
            book = newBook;
            for (int order = 0; order < 10; order++) {
                for (int level = 0; level < LEVELS; level++) {
                    book.add(nextId++, RESTING_TRADER, Side.SELL, MID + 1 + level, 10, nextId);
                }
            }
        }

        // tag::match-refill[]
        final void matchThenRefill() {
            final long price = book.bestAsk();
            book.match(nextId++, TAKER, Side.BUY, price, 10, nextId); // fills the oldest ask at the best price
            book.add(nextId++, RESTING_TRADER, Side.SELL, price, 10, nextId); // and puts it back, at the back
        }
        // end::match-refill[]
    }

    @State(Scope.Thread)
    public static class NaiveAddCancel extends AddCancel {
        @Setup(Level.Trial)
        public void setUp(Blackhole blackhole) {
            start(new NaiveOrderBook(new BlackholeEvents(blackhole)));
        }
    }

    @State(Scope.Thread)
    public static class ArenaAddCancel extends AddCancel {
        @Setup(Level.Trial)
        public void setUp(Blackhole blackhole) {
            start(new ArenaOrderBook(new BlackholeEvents(blackhole)));
        }
    }

    @State(Scope.Thread)
    public static class NaiveMatch extends MatchRefill {
        @Setup(Level.Trial)
        public void setUp(Blackhole blackhole) {
            start(new NaiveOrderBook(new BlackholeEvents(blackhole)));
        }
    }

    @State(Scope.Thread)
    public static class ArenaMatch extends MatchRefill {
        @Setup(Level.Trial)
        public void setUp(Blackhole blackhole) {
            start(new ArenaOrderBook(new BlackholeEvents(blackhole)));
        }
    }

    @Benchmark
    public void naiveAddThenCancel(NaiveAddCancel state) {
        state.addThenCancel();
    }

    @Benchmark
    public void arenaAddThenCancel(ArenaAddCancel state) {
        state.addThenCancel();
    }

    @Benchmark
    public void naiveMatch(NaiveMatch state) {
        state.matchThenRefill();
    }

    @Benchmark
    public void arenaMatch(ArenaMatch state) {
        state.matchThenRefill();
    }
}
