package org.ticktotrade.peerbench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.ticktotrade.week02.ArenaOrderBook;
import org.ticktotrade.week02.NaiveOrderBook;
import org.ticktotrade.week02.OrderBook;
import org.ticktotrade.week02.flow.FlowParameters;
import org.ticktotrade.week02.flow.OrderFlow;
import org.ticktotrade.week03.LadderOrderBook;
import org.ticktotrade.week03.TreeMapOrderBook;

/**
 * Seven books, one command stream: week 02's {@link FlowParameters#standard} mix (seed 42; passive adds,
 * cancels, marketable GTC and IOC orders, about 650 orders resting), one command per operation,
 * replayed in a loop (the stream is closed: it ends with an empty book). Each benchmark is one book in its
 * own JMH fork, so nothing is shared between them but the stream's definition.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PeerStreamBench {

    static final FlowParameters STREAM = FlowParameters.standard(42);

    public abstract static class Replay {
        OrderFlow flow;
        OrderBook book;
        int cursor;

        final void next() {
            flow.apply(cursor, book);
            if (++cursor == flow.size()) {
                cursor = 0;
            }
        }
    }

    @State(Scope.Thread)
    public static class CourseNaive extends Replay {
        @Setup(Level.Trial)
        public void setUp(Blackhole bh) {
            flow = OrderFlow.generate(STREAM);
            book = new NaiveOrderBook(new BlackholeEvents(bh));
        }
    }

    @State(Scope.Thread)
    public static class CourseArena extends Replay {
        @Setup(Level.Trial)
        public void setUp(Blackhole bh) {
            flow = OrderFlow.generate(STREAM);
            book = new ArenaOrderBook(new BlackholeEvents(bh));
        }
    }

    @State(Scope.Thread)
    public static class CourseTreeMap extends Replay {
        @Setup(Level.Trial)
        public void setUp(Blackhole bh) {
            flow = OrderFlow.generate(STREAM);
            book = new TreeMapOrderBook(new BlackholeEvents(bh));
        }
    }

    @State(Scope.Thread)
    public static class CourseLadder extends Replay {
        @Setup(Level.Trial)
        public void setUp(Blackhole bh) {
            flow = OrderFlow.generate(STREAM);
            book = new LadderOrderBook(new BlackholeEvents(bh));
        }
    }

    @State(Scope.Thread)
    public static class Parity extends Replay {
        @Setup(Level.Trial)
        public void setUp(Blackhole bh) {
            flow = OrderFlow.generate(STREAM);
            book = new ParityBook(bh);
        }
    }

    @State(Scope.Thread)
    public static class ExchangeCoreNaive extends Replay {
        @Setup(Level.Trial)
        public void setUp(Blackhole bh) {
            flow = OrderFlow.generate(STREAM);
            book = ExchangeCoreBook.naive(flow, bh);
        }
    }

    @State(Scope.Thread)
    public static class ExchangeCoreDirect extends Replay {
        @Setup(Level.Trial)
        public void setUp(Blackhole bh) {
            flow = OrderFlow.generate(STREAM);
            book = ExchangeCoreBook.direct(flow, bh);
        }
    }

    @Benchmark
    public void courseNaive(CourseNaive s) {
        s.next();
    }

    @Benchmark
    public void courseArena(CourseArena s) {
        s.next();
    }

    @Benchmark
    public void courseTreeMap(CourseTreeMap s) {
        s.next();
    }

    @Benchmark
    public void courseLadder(CourseLadder s) {
        s.next();
    }

    @Benchmark
    public void parity(Parity s) {
        s.next();
    }

    @Benchmark
    public void exchangeCoreNaive(ExchangeCoreNaive s) {
        s.next();
    }

    @Benchmark
    public void exchangeCoreDirect(ExchangeCoreDirect s) {
        s.next();
    }
}
