package org.ticktotrade.week05;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The four header bytes every message starts with ({@link Wire#LENGTH_OFFSET} and on), read and written where
 * they lie, for code that must look at a frame before it knows what the frame is: the framing loop and the
 * validator. The length is unsigned: {@code 0xFFFF} is 65,535, not -1.
 */
public final class MessageHeader {

    private static final VarHandle SHORT = MethodHandles.byteBufferViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

    private MessageHeader() {
    }

    // tag::read[]
    public static int length(ByteBuffer buffer, int at) {
        return Short.toUnsignedInt((short) SHORT.get(buffer, at + Wire.LENGTH_OFFSET));
    }

    public static int type(ByteBuffer buffer, int at) {
        return Byte.toUnsignedInt(buffer.get(at + Wire.TYPE_OFFSET));
    }

    public static int version(ByteBuffer buffer, int at) {
        return Byte.toUnsignedInt(buffer.get(at + Wire.VERSION_OFFSET));
    }
    // end::read[]

    /** Writes a header: the message's length, its type and version. */
    public static void write(ByteBuffer buffer, int at, int length, int type, int version) {
        SHORT.set(buffer, at + Wire.LENGTH_OFFSET, (short) length);
        buffer.put(at + Wire.TYPE_OFFSET, (byte) type);
        buffer.put(at + Wire.VERSION_OFFSET, (byte) version);
    }
}
