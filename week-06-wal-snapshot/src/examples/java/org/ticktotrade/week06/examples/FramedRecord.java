package org.ticktotrade.week06.examples;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/**
 * Lesson 2's record frame, small enough to read in one sitting. Every frame starts on an 8-byte boundary:
 *
 * <pre>
 *   offset 0  int   frame length (header + payload), written LAST: 0 means "nothing here yet"
 *   offset 4  int   CRC32C of bytes 8 .. length (the sequence number and the payload)
 *   offset 8  long  sequence number
 *   offset 16 ...   payload, then zero padding to the next multiple of 8
 * </pre>
 *
 * All fields are little-endian. The log buffer must be a direct (or mapped) buffer in little-endian order,
 * so that the release store of the length is an aligned int store.
 */
public final class FramedRecord {

    public static final int HEADER = 16;
    public static final int ALIGNMENT = 8;

    /** What a look at one offset found. */
    public enum Status {
        /** A whole frame whose CRC matches. */
        OK,
        /** A length of 0, or no room left for one: the clean end of the log. */
        END,
        /** A length that cannot be a frame: too small, or running past the end of the buffer. */
        BAD_LENGTH,
        /** A frame whose CRC does not match its bytes: torn, or damaged. */
        BAD_CRC,
        /** A frame that checks, but is not the sequence number the scan expected next. */
        BAD_SEQUENCE
    }

    private static final VarHandle INT = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private FramedRecord() {}

    /** A log buffer of the right kind: direct, little-endian, zero-filled. */
    public static ByteBuffer newLog(int capacity) {
        return ByteBuffer.allocateDirect(capacity).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The bytes a frame with this payload occupies, padding included. */
    public static int frameSize(int payloadLength) {
        return (HEADER + payloadLength + ALIGNMENT - 1) & -ALIGNMENT;
    }

    // tag::write[]
    /**
     * Writes one frame at {@code at} and returns the offset of the next one. The body and the CRC go
     * first; the length, the frame's commit marker, goes last, with a release store.
     */
    public static int write(ByteBuffer log, int at, long sequence, ByteBuffer payload, CRC32C crc) {
        int length = HEADER + payload.remaining();
        if (at + frameSize(payload.remaining()) > log.capacity()) {
            throw new IllegalArgumentException("no room for " + length + " bytes at " + at);
        }
        log.putLong(at + 8, sequence);
        log.put(at + HEADER, payload, payload.position(), payload.remaining());
        log.putInt(at + 4, checksum(log, at, length, crc));
        INT.setRelease(log, at, length); // the commit marker: a reader that sees it sees the body
        return at + frameSize(length - HEADER);
    }
    // end::write[]

    // tag::check[]
    /** What is at {@code at}: a good frame, the end of the log, or the reason it is neither. */
    public static Status check(ByteBuffer log, int at, CRC32C crc) {
        if (at + HEADER > log.capacity()) {
            return Status.END; // not even room for a header: nothing can have been written here
        }
        int length = (int) INT.getAcquire(log, at);
        if (length == 0) {
            return Status.END;
        }
        if (length <= HEADER || length > log.capacity() - at) {
            return Status.BAD_LENGTH;
        }
        return log.getInt(at + 4) == checksum(log, at, length, crc) ? Status.OK : Status.BAD_CRC;
    }
    // end::check[]

    /** The CRC32C of a frame's sequence number and payload, computed in place, without copying the bytes out. */
    // tag::checksum[]
    static int checksum(ByteBuffer log, int at, int length, CRC32C crc) {
        ByteBuffer view = log.duplicate(); // own position and limit; the caller's are left alone
        view.limit(at + length).position(at + 8);
        crc.reset();
        crc.update(view);
        return (int) crc.getValue();
    }
    // end::checksum[]

    public static int length(ByteBuffer log, int at) {
        return log.getInt(at);
    }

    public static long sequence(ByteBuffer log, int at) {
        return log.getLong(at + 8);
    }

    /** The offset of the frame after the good frame at {@code at}. */
    public static int next(ByteBuffer log, int at) {
        return at + frameSize(length(log, at) - HEADER);
    }
}
