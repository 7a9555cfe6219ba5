package org.ticktotrade.week05.examples;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One long written four ways, so the bytes can be compared: a ByteBuffer's own putLong (which follows the
 * buffer's order, big-endian unless someone changed it), a little-endian VarHandle over a ByteBuffer, one over a
 * byte[], and a MemorySegment with a little-endian layout (the FFM API). Lesson 2 of week 05.
 */
public final class ByteOrders {

    private ByteOrders() {
    }

    // tag::buffer-order[]
    /** What ByteBuffer.putLong writes: whatever buffer.order() says, and a fresh buffer says BIG_ENDIAN. */
    public static byte[] withBufferOrder(ByteBuffer buffer, long value) {
        buffer.putLong(0, value);
        byte[] bytes = new byte[Long.BYTES];
        buffer.get(0, bytes);
        return bytes;
    }
    // end::buffer-order[]

    // tag::view-handles[]
    // The byte order is part of the handle, not of the buffer: these write little-endian into any buffer.
    private static final VarHandle LONG_LE_BUFFER =
            MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_LE_ARRAY =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    public static void putLittleEndian(ByteBuffer buffer, int offset, long value) {
        LONG_LE_BUFFER.set(buffer, offset, value); // plain mode: an ordinary store, no fence
    }

    public static void putLittleEndian(byte[] array, int offset, long value) {
        LONG_LE_ARRAY.set(array, offset, value);
    }

    public static long getLittleEndian(ByteBuffer buffer, int offset) {
        return (long) LONG_LE_BUFFER.get(buffer, offset); // the cast keeps the call site exact: no boxing
    }
    // end::view-handles[]

    // tag::memory-segment[]
    // FFM: a layout says size, alignment and byte order. _UNALIGNED because a wire field's address is whatever
    // the packet gives it; withOrder because ValueLayout.JAVA_LONG uses the platform's order.
    private static final ValueLayout.OfLong WIRE_LONG =
            ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    public static void putLittleEndian(MemorySegment segment, long offset, long value) {
        segment.set(WIRE_LONG, offset, value);
    }

    public static long getLittleEndian(MemorySegment segment, long offset) {
        return segment.get(WIRE_LONG, offset);
    }
    // end::memory-segment[]

    // tag::unsigned[]
    /** A u8 code: Java's byte is signed, so 0xC8 reads as -56 unless it is widened without the sign. */
    public static int u8(ByteBuffer buffer, int offset) {
        return Byte.toUnsignedInt(buffer.get(offset));
    }

    /** A u16 (a length prefix): 0xFFFF is 65,535, not -1. */
    public static int u16LittleEndian(byte[] array, int offset) {
        return (array[offset] & 0xFF) | (array[offset + 1] & 0xFF) << 8;
    }
    // end::unsigned[]
}
