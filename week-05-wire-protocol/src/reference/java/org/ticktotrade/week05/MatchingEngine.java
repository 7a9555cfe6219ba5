package org.ticktotrade.week05;

import org.ticktotrade.week02.OrderBook;
import org.ticktotrade.week04.SpscRing;
import org.ticktotrade.week04.WaitStrategy;

/**
 * The engine thread: the only thread that touches the book. It takes commands from the gateway's ring in the
 * order they were received, applies each to the book (whose events go to the {@link MarketDataPublisher}),
 * hands the emptied command back, and sends the packet of reports whenever the ring runs dry, so a report waits
 * for a fuller packet only while more work is already queued behind it.
 *
 * <p>A command the gateway refused never reaches the book: it becomes a REJECTED report here, on this thread,
 * so that every report of the stream (the book's and the gateway's) is numbered by one writer, in one order.
 */
public final class MatchingEngine implements Runnable {

    private final SpscRing<InboundCommand> work;
    private final SpscRing<InboundCommand> free;
    private final OrderBook book;
    private final MarketDataPublisher publisher;
    private final WaitStrategy idle;
    private volatile boolean running = true;
    // Single writer (this thread), read by others: volatile for visibility; += is safe with one writer.
    private volatile long applied;
    private volatile long rejected;
    private long sequence;

    public MatchingEngine(SpscRing<InboundCommand> work, SpscRing<InboundCommand> free, OrderBook book,
                          MarketDataPublisher publisher, WaitStrategy idle) {
        this.work = work;
        this.free = free;
        this.book = book;
        this.publisher = publisher;
        this.idle = idle;
    }

    @Override
    public void run() {
        // tag::engine-loop[]
        int idleCount = 0;
        // Stops only once asked to AND the ring is empty: every command accepted before the stop is applied.
        while (running || !work.isEmpty()) {
            final InboundCommand command = work.poll();
            if (command == null) {
                publisher.flush();
                idleCount = idle.idle(idleCount);
                continue;
            }
            idleCount = 0;
            apply(command);
            free.offer(command); // never full: the free ring holds the whole pool
        }
        publisher.flush();
        // end::engine-loop[]
    }

    // tag::apply[]
    private void apply(InboundCommand c) {
        final long time = ++sequence; // arrival order: the book keeps time priority by it, never by a clock
        switch (c.kind) {
            case InboundCommand.NEW -> book.add(c.orderId, c.traderId, c.side, c.price, c.quantity, time);
            case InboundCommand.IOC -> book.match(c.orderId, c.traderId, c.side, c.price, c.quantity, time);
            case InboundCommand.CANCEL -> book.cancel(c.orderId);
            default -> { // REJECT: the book never sees it
                publisher.rejected(c.orderId, c.reject);
                rejected++;
                return;
            }
        }
        applied++;
    }
    // end::apply[]

    /** Asks the thread to stop once its ring is empty. */
    public void stop() {
        running = false;
    }

    /** Commands applied to the book (accepted by the gateway; the book may still have rejected some). */
    public long applied() {
        return applied;
    }

    /** Gateway rejects turned into reports, without touching the book. */
    public long rejected() {
        return rejected;
    }
}
