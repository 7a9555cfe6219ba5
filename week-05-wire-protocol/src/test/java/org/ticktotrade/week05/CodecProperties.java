package org.ticktotrade.week05;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Lesson-free statement of the wire table: every field of every message round-trips over its whole range, sits
 * at its offset in little-endian order (checked against ByteBuffer's own getters, not the codec's), and the codec
 * writes exactly its message's bytes, wherever in a buffer it starts and whatever the buffer's own byte order.
 */
class CodecProperties {

    private static final int SLACK = 64;

    /** A buffer of junk with the message at {@code at}; big-endian, so a codec that trusts order() is caught. */
    private static ByteBuffer junk(long seed) {
        ByteBuffer b = ByteBuffer.allocate(Wire.LARGEST_MESSAGE + 2 * SLACK).order(ByteOrder.BIG_ENDIAN);
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        for (int i = 0; i < b.capacity(); i++) {
            b.put(i, (byte) random.nextInt(256));
        }
        return b;
    }

    private static void assertOutsideUntouched(ByteBuffer before, ByteBuffer after, int at, int length) {
        byte[] a = before.array();
        byte[] b = after.array();
        for (int i = 0; i < a.length; i++) {
            if (i < at || i >= at + length) {
                assertEquals(a[i], b[i], "byte " + i + " lies outside the message at " + at + " and changed");
            }
        }
    }

    private static ByteBuffer le(ByteBuffer b) {
        return b.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    }

    @Property
    void newOrderRoundTrips(@ForAll long orderId, @ForAll long traderId, @ForAll long price, @ForAll long quantity,
                            @ForAll @IntRange(min = 0, max = 255) int side, @ForAll @IntRange(min = 0, max = 255) int tif,
                            @ForAll @IntRange(min = 0, max = SLACK) int at, @ForAll long seed) {
        ByteBuffer buffer = junk(seed);
        ByteBuffer before = junk(seed);
        NewOrderCodec codec = new NewOrderCodec().wrap(buffer, at).encode(orderId, traderId, side, tif, price, quantity);

        NewOrderCodec read = new NewOrderCodec().wrap(buffer, at);
        assertEquals(orderId, read.orderId());
        assertEquals(traderId, read.traderId());
        assertEquals(price, read.price());
        assertEquals(quantity, read.quantity());
        assertEquals(side, read.side());
        assertEquals(tif, read.timeInForce());
        assertEquals(0, read.reserved());
        assertEquals(at, codec.offset());

        ByteBuffer l = le(buffer);
        assertEquals(40, Short.toUnsignedInt(l.getShort(at)), "length prefix at 0");
        assertEquals(Wire.TYPE_NEW_ORDER, l.get(at + 2), "type at 2");
        assertEquals(Wire.VERSION, l.get(at + 3), "version at 3");
        assertEquals((byte) side, l.get(at + 4), "side at 4");
        assertEquals((byte) tif, l.get(at + 5), "time in force at 5");
        assertEquals(0, l.getShort(at + 6), "reserved at 6");
        assertEquals(orderId, l.getLong(at + 8), "order id at 8, little-endian");
        assertEquals(traderId, l.getLong(at + 16), "trader id at 16");
        assertEquals(price, l.getLong(at + 24), "price at 24");
        assertEquals(quantity, l.getLong(at + 32), "quantity at 32");
        assertOutsideUntouched(before, buffer, at, Wire.NEW_ORDER_LENGTH);
        assertEquals(Wire.NEW_ORDER_LENGTH, MessageHeader.length(buffer, at));
        assertEquals(Wire.TYPE_NEW_ORDER, MessageHeader.type(buffer, at));
    }

    @Property
    void newOrderEncodesTheSameBytesAsTheTable(@ForAll long orderId, @ForAll long traderId, @ForAll long price,
                                               @ForAll long quantity, @ForAll @IntRange(min = 0, max = 1) int side,
                                               @ForAll @IntRange(min = 0, max = 1) int tif) {
        ByteBuffer buffer = ByteBuffer.allocate(40);
        new NewOrderCodec().wrap(buffer, 0).encode(orderId, traderId, side, tif, price, quantity);
        assertArrayEquals(Frames.newOrder(orderId, traderId, side, tif, price, quantity), buffer.array());
    }

    @Property
    void cancelOrderRoundTrips(@ForAll long orderId, @ForAll @IntRange(min = 0, max = SLACK) int at, @ForAll long seed) {
        ByteBuffer buffer = junk(seed);
        ByteBuffer before = junk(seed);
        new CancelOrderCodec().wrap(buffer, at).encode(orderId);

        CancelOrderCodec read = new CancelOrderCodec().wrap(buffer, at);
        assertEquals(orderId, read.orderId());
        assertEquals(0, read.reserved());
        ByteBuffer l = le(buffer);
        assertEquals(16, l.getShort(at));
        assertEquals(Wire.TYPE_CANCEL_ORDER, l.get(at + 2));
        assertEquals(Wire.VERSION, l.get(at + 3));
        assertEquals(0, l.getInt(at + 4), "reserved at 4");
        assertEquals(orderId, l.getLong(at + 8), "order id at 8, little-endian");
        assertOutsideUntouched(before, buffer, at, Wire.CANCEL_ORDER_LENGTH);
        ByteBuffer exact = ByteBuffer.allocate(16);
        new CancelOrderCodec().wrap(exact, 0).encode(orderId);
        assertArrayEquals(Frames.cancel(orderId), exact.array());
    }

    @Property
    void executionReportRoundTrips(@ForAll @IntRange(min = 0, max = 255) int execType,
                                   @ForAll @IntRange(min = 0, max = 255) int side,
                                   @ForAll @IntRange(min = 0, max = 255) int reason, @ForAll long orderId,
                                   @ForAll long counterOrderId, @ForAll long price, @ForAll long quantity,
                                   @ForAll long leaves, @ForAll @IntRange(min = 0, max = SLACK) int at,
                                   @ForAll long seed) {
        ByteBuffer buffer = junk(seed);
        ByteBuffer before = junk(seed);
        new ExecutionReportCodec().wrap(buffer, at)
                .encode(execType, side, reason, orderId, counterOrderId, price, quantity, leaves);

        ExecutionReportCodec read = new ExecutionReportCodec().wrap(buffer, at);
        assertEquals(execType, read.execType());
        assertEquals(side, read.side());
        assertEquals(reason, read.reason());
        assertEquals(orderId, read.orderId());
        assertEquals(counterOrderId, read.counterOrderId());
        assertEquals(price, read.price());
        assertEquals(quantity, read.quantity());
        assertEquals(leaves, read.leavesQuantity());
        ByteBuffer l = le(buffer);
        assertEquals(48, l.getShort(at));
        assertEquals(Wire.TYPE_EXECUTION_REPORT, l.get(at + 2));
        assertEquals(Wire.VERSION, l.get(at + 3));
        assertEquals((byte) execType, l.get(at + 4));
        assertEquals((byte) side, l.get(at + 5));
        assertEquals((byte) reason, l.get(at + 6));
        assertEquals(0, l.get(at + 7), "reserved at 7");
        assertEquals(orderId, l.getLong(at + 8));
        assertEquals(counterOrderId, l.getLong(at + 16));
        assertEquals(price, l.getLong(at + 24));
        assertEquals(quantity, l.getLong(at + 32));
        assertEquals(leaves, l.getLong(at + 40));
        assertOutsideUntouched(before, buffer, at, Wire.EXECUTION_REPORT_LENGTH);
    }
}
