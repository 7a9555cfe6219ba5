package org.ticktotrade.week06;

import java.nio.ByteBuffer;
import org.ticktotrade.week02.OrderBook;

/**
 * Applies logged commands to a book, in log order: the same code path for the live engine (append, then
 * apply) and for recovery (scan, then apply), so that what recovery rebuilds is what the engine had.
 * The order's time is its record's sequence, never a clock: replaying a log twice gives the same book.
 */
public final class CommandReplayer implements RecordVisitor {

    private final OrderBook book;
    private long applied;
    private long lastSequence;

    public CommandReplayer(OrderBook book) {
        this.book = book;
    }

    @Override
    public void onRecord(long sequence, ByteBuffer segment, int payloadOffset, int length) {
        if (length != CommandCodec.SIZE) {
            throw new IllegalStateException("record " + sequence + " holds " + length + " bytes, a command is "
                    + CommandCodec.SIZE);
        }
        apply(sequence, segment, payloadOffset);
    }

    /** Applies the command encoded at {@code at}, as the order of time {@code sequence}. */
    public void apply(long sequence, ByteBuffer buffer, int at) {
        byte kind = CommandCodec.kind(buffer, at);
        long orderId = CommandCodec.orderId(buffer, at);
        switch (kind) {
            case CommandCodec.NEW -> book.add(orderId, CommandCodec.traderId(buffer, at), CommandCodec.side(buffer, at),
                    CommandCodec.price(buffer, at), CommandCodec.quantity(buffer, at), sequence);
            case CommandCodec.IOC -> book.match(orderId, CommandCodec.traderId(buffer, at),
                    CommandCodec.side(buffer, at), CommandCodec.price(buffer, at), CommandCodec.quantity(buffer, at),
                    sequence);
            case CommandCodec.CANCEL -> book.cancel(orderId);
            default -> throw new IllegalStateException("record " + sequence + " holds unknown command kind " + kind);
        }
        applied++;
        lastSequence = sequence;
    }

    public long applied() {
        return applied;
    }

    public long lastSequence() {
        return lastSequence;
    }
}
