package org.ticktotrade.week03.bench;

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
import org.ticktotrade.week02.NaiveOrderBook;
import org.ticktotrade.week02.OrderBook;
import org.ticktotrade.week02.Side;
import org.ticktotrade.week03.LadderOrderBook;
import org.ticktotrade.week03.TreeMapOrderBook;

/**
 * Best-price recomputation, isolated: a book of {@value #DEPTH} bid levels, one order each. Every
 * operation is an IOC sell that takes the whole best level, so the book must find the next best bid, and
 * then a buy that puts the level back, so the next operation starts from the same book.
 *
 * <p>Week 02's naive book looks at all {@value #DEPTH} keys of its HashMap to find the next best; the
 * TreeMap book asks its tree for the leftmost node; the ladder reads one word of its bitmap.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 300, timeUnit = MILLISECONDS)
@Measurement(iterations = 5, time = 300, timeUnit = MILLISECONDS)
public class BestPriceBench {

    static final int DEPTH = 2_000;
    static final long MID = 10_000;
    static final long MAKER = 1;
    static final long TAKER = 2;

    /** A deep bid side that one IOC sell empties the top of and one buy restores. */
    public abstract static class DeepBook {
        OrderBook book;
        long nextId = 1;

        void start(OrderBook newBook) {
            book = newBook;
            for (int level = 1; level <= DEPTH; level++) {
                book.add(nextId++, MAKER, Side.BUY, MID - level, 10, level);
            }
        }

        // tag::empty-the-best[]
        final void takeTheBestLevelAndPutItBack() {
            final long best = book.bestBid();
            book.match(nextId++, TAKER, Side.SELL, best, 10, nextId); // empties the best level: find the next best
            book.add(nextId++, MAKER, Side.BUY, best, 10, nextId);    // and the level comes back as the best
        }
        // end::empty-the-best[]
    }

    @State(Scope.Thread)
    public static class Naive extends DeepBook {
        @Setup(Level.Trial)
        public void setUp(Blackhole blackhole) {
            start(new NaiveOrderBook(new BlackholeEvents(blackhole)));
        }
    }

    @State(Scope.Thread)
    public static class Tree extends DeepBook {
        @Setup(Level.Trial)
        public void setUp(Blackhole blackhole) {
            start(new TreeMapOrderBook(new BlackholeEvents(blackhole)));
        }
    }

    @State(Scope.Thread)
    public static class Ladder extends DeepBook {
        @Setup(Level.Trial)
        public void setUp(Blackhole blackhole) {
            start(new LadderOrderBook(new BlackholeEvents(blackhole)));
        }
    }

    @Benchmark
    public void naive(Naive state) {
        state.takeTheBestLevelAndPutItBack();
    }

    @Benchmark
    public void treeMap(Tree state) {
        state.takeTheBestLevelAndPutItBack();
    }

    @Benchmark
    public void ladder(Ladder state) {
        state.takeTheBestLevelAndPutItBack();
    }
}
