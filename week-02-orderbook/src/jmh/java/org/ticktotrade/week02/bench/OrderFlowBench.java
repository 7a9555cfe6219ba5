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
import org.ticktotrade.week02.flow.FlowParameters;
import org.ticktotrade.week02.flow.OrderFlow;

/**
 * The gated speed comparison: both books replay the same generated stream ({@link FlowParameters#standard},
 * seed 42: passive adds, cancels and marketable orders, about 650 orders resting), one command per
 * benchmark operation.
 *
 * <p>Steady state without tricks: the stream is closed (it cancels whatever may still rest at its end), so
 * the book is empty every time the cursor wraps and the same ids can be replayed for ever; the arena never
 * exhausts and the naive book never grows. Each arm has its own state class, so a fork builds only its own
 * book (the arena's million slots are not paid for by the naive arm). The harness allocates nothing per
 * operation: the stream is primitive arrays, the events go to a {@link Blackhole}.
 *
 * <p>The annotations are defaults for running by hand; the grader sets its own through the Runner API.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 300, timeUnit = MILLISECONDS)
@Measurement(iterations = 5, time = 300, timeUnit = MILLISECONDS)
public class OrderFlowBench {

    /** The stream every arm replays; generated once per fork, deterministically. */
    static final FlowParameters STREAM = FlowParameters.standard(42);

    /** One book replaying the stream from where it left off. */
    public abstract static class Replay {
        OrderFlow flow;
        OrderBook book;
        int cursor;

        void start(OrderBook newBook) {
            flow = OrderFlow.generate(STREAM);
            book = newBook;
            cursor = 0;
        }

        // tag::replay[]
        final void next() {
            flow.apply(cursor, book);
            if (++cursor == flow.size()) {
                cursor = 0; // the book is empty again here: the stream is closed
            }
        }
        // end::replay[]
    }

    @State(Scope.Thread)
    public static class Naive extends Replay {
        @Setup(Level.Trial)
        public void setUp(Blackhole blackhole) {
            start(new NaiveOrderBook(new BlackholeEvents(blackhole)));
        }
    }

    @State(Scope.Thread)
    public static class Arena extends Replay {
        @Setup(Level.Trial)
        public void setUp(Blackhole blackhole) {
            start(new ArenaOrderBook(new BlackholeEvents(blackhole)));
        }
    }

    @State(Scope.Thread)
    public static class Floor extends Replay {
        @Setup(Level.Trial)
        public void setUp(Blackhole blackhole) {
            start(new HarnessFloorBook(new BlackholeEvents(blackhole)));
        }
    }

    /** The harness alone: the stream read and dispatched into a book that does nothing. */
    @Benchmark
    public void floor(Floor state) {
        state.next();
    }

    @Benchmark
    public void naive(Naive state) {
        state.next();
    }

    @Benchmark
    public void arena(Arena state) {
        state.next();
    }
}
