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
import org.ticktotrade.week02.ArenaOrderBook;
import org.ticktotrade.week02.NaiveOrderBook;
import org.ticktotrade.week02.OrderBook;
import org.ticktotrade.week02.flow.FlowParameters;
import org.ticktotrade.week02.flow.OrderFlow;
import org.ticktotrade.week03.LadderOrderBook;
import org.ticktotrade.week03.TreeMapOrderBook;

/**
 * Week 03's books against week 02's on the same generated streams, one command per operation:
 * <ul>
 *   <li><b>cancel-heavy</b> ({@link FlowParameters#cancelHeavy}): a pool aimed at 2,000 orders over 200 ticks a side,
 *       46% cancels;</li>
 *   <li><b>match-heavy</b> ({@link FlowParameters#matchHeavy}): 30% marketable orders sweeping up to 6
 *       ticks through the mid, so best levels empty all the time;</li>
 *   <li><b>standard</b> ({@link FlowParameters#standard}): week 02's stream, to compare the ladder with
 *       week 02's arena book.</li>
 * </ul>
 * Streams are closed (they end empty), so replaying them in a loop is a steady state; see week 02's
 * {@code OrderFlowBench}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 300, timeUnit = MILLISECONDS)
@Measurement(iterations = 5, time = 300, timeUnit = MILLISECONDS)
public class StreamBench {

    static final long SEED = 42;

    /** Which book replays which stream. */
    public abstract static class Replay {
        OrderFlow flow;
        OrderBook book;
        int cursor;

        void start(FlowParameters stream, OrderBook newBook) {
            flow = OrderFlow.generate(stream);
            book = newBook;
        }

        final void next() {
            flow.apply(cursor, book);
            if (++cursor == flow.size()) {
                cursor = 0;
            }
        }
    }

    @State(Scope.Thread)
    public static class CancelHeavyNaive extends Replay {
        @Setup(Level.Trial)
        public void setUp(Blackhole bh) {
            start(FlowParameters.cancelHeavy(SEED), new NaiveOrderBook(new BlackholeEvents(bh)));
        }
    }

    @State(Scope.Thread)
    public static class CancelHeavyTreeMap extends Replay {
        @Setup(Level.Trial)
        public void setUp(Blackhole bh) {
            start(FlowParameters.cancelHeavy(SEED), new TreeMapOrderBook(new BlackholeEvents(bh)));
        }
    }

    @State(Scope.Thread)
    public static class CancelHeavyLadder extends Replay {
        @Setup(Level.Trial)
        public void setUp(Blackhole bh) {
            start(FlowParameters.cancelHeavy(SEED), new LadderOrderBook(new BlackholeEvents(bh)));
        }
    }

    @State(Scope.Thread)
    public static class MatchHeavyNaive extends Replay {
        @Setup(Level.Trial)
        public void setUp(Blackhole bh) {
            start(FlowParameters.matchHeavy(SEED), new NaiveOrderBook(new BlackholeEvents(bh)));
        }
    }

    @State(Scope.Thread)
    public static class MatchHeavyTreeMap extends Replay {
        @Setup(Level.Trial)
        public void setUp(Blackhole bh) {
            start(FlowParameters.matchHeavy(SEED), new TreeMapOrderBook(new BlackholeEvents(bh)));
        }
    }

    @State(Scope.Thread)
    public static class MatchHeavyLadder extends Replay {
        @Setup(Level.Trial)
        public void setUp(Blackhole bh) {
            start(FlowParameters.matchHeavy(SEED), new LadderOrderBook(new BlackholeEvents(bh)));
        }
    }

    @State(Scope.Thread)
    public static class StandardArena extends Replay {
        @Setup(Level.Trial)
        public void setUp(Blackhole bh) {
            start(FlowParameters.standard(SEED), new ArenaOrderBook(new BlackholeEvents(bh)));
        }
    }

    @State(Scope.Thread)
    public static class StandardLadder extends Replay {
        @Setup(Level.Trial)
        public void setUp(Blackhole bh) {
            start(FlowParameters.standard(SEED), new LadderOrderBook(new BlackholeEvents(bh)));
        }
    }

    @Benchmark
    public void cancelHeavyNaive(CancelHeavyNaive s) {
        s.next();
    }

    @Benchmark
    public void cancelHeavyTreeMap(CancelHeavyTreeMap s) {
        s.next();
    }

    @Benchmark
    public void cancelHeavyLadder(CancelHeavyLadder s) {
        s.next();
    }

    @Benchmark
    public void matchHeavyNaive(MatchHeavyNaive s) {
        s.next();
    }

    @Benchmark
    public void matchHeavyTreeMap(MatchHeavyTreeMap s) {
        s.next();
    }

    @Benchmark
    public void matchHeavyLadder(MatchHeavyLadder s) {
        s.next();
    }

    @Benchmark
    public void standardArena(StandardArena s) {
        s.next();
    }

    @Benchmark
    public void standardLadder(StandardLadder s) {
        s.next();
    }
}
