package org.ticktotrade.week06;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/**
 * One record in a segment, little-endian, at an 8-byte-aligned offset:
 *
 * <pre>
 *  0  int   length: payload bytes; 0 = nothing committed here (the end of the log)
 *  4  int   CRC32C of sequence, payload and length, in that order
 *  8  long  sequence
 * 16  ...   payload, then zero padding to the next multiple of 8
 * </pre>
 *
 * The length is the commit marker: the writer stores it last, with a release store, so that a reader that
 * sees a non-zero length (with an acquire load) sees the sequence, the payload and the CRC written before
 * it. After a crash there is no such ordering on disk (the kernel writes pages back in any order), which is
 * what the CRC is for: it covers the length too, so a length that reached the disk without its payload
 * does not check out.
 *
 * <p>One codec works on one buffer (a mapped segment, or any direct buffer) and allocates nothing after its
 * constructor: the CRC and a window on the buffer are reused for every record.
 */
public final class RecordCodec {

    public static final int LENGTH_OFFSET = 0;
    public static final int CRC_OFFSET = 4;
    public static final int SEQUENCE_OFFSET = 8;
    public static final int HEADER_BYTES = 16;
    public static final int ALIGNMENT = 8;

    // Views of the buffer as little-endian ints and longs. Only they give the length its release and acquire
    // modes, and they need an aligned index in a direct buffer: hence records on 8-byte boundaries.
    private static final VarHandle INT = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final ByteBuffer buffer;
    // CRC32C.update(ByteBuffer) reads position..limit and moves the position: it gets a window of its own so
    // the buffer the caller holds never changes under them.
    private final ByteBuffer window;
    private final CRC32C crc = new CRC32C();

    public RecordCodec(ByteBuffer buffer) {
        if (!buffer.isDirect()) {
            throw new IllegalArgumentException("a record buffer must be direct (mapped or allocateDirect): the"
                    + " length's release/acquire accesses are only defined there");
        }
        this.buffer = buffer;
        this.window = buffer.duplicate();
    }

    public ByteBuffer buffer() {
        return buffer;
    }

    /** Bytes a record with {@code payloadLength} payload bytes takes, padding included. */
    public static int frameSize(int payloadLength) {
        return (HEADER_BYTES + payloadLength + ALIGNMENT - 1) & -ALIGNMENT;
    }

    /**
     * Writes a whole record at {@code offset}: the sequence, the payload ({@code payload}'s position to
     * limit, left unchanged), the CRC, and last, with a release store, the length. The padding bytes after
     * the payload are not written: the segment is zero there (a new file, or a tail zeroed on reopen).
     *
     * @return the record's frame size, where the next record starts
     */
    public int write(int offset, long sequence, ByteBuffer payload) {
        // TODO(kata) Store the sequence, copy the payload after the header, compute the CRC over sequence + payload + length and store it, and only then store the length, with a release store: it is the commit marker. Read lesson 2, "A record format: the length last, a CRC32C, a sequence number".
        throw new UnsupportedOperationException("TODO(kata) Store the sequence, copy the payload after the header, compute the CRC over sequence + payload + length and store it, and only then store the length, with a release store: it is the commit marker. Read lesson 2, \"A record format: the length last, a CRC32C, a sequence number\".");
    }

    /** The length at {@code offset}, with an acquire load: the record's other fields may be read after it. */
    public int lengthAcquire(int offset) {
        // TODO(kata) An acquire load of the int at offset + LENGTH_OFFSET: it pairs with the writer's release store. Read lesson 2, "A record format: the length last, a CRC32C, a sequence number".
        throw new UnsupportedOperationException("TODO(kata) An acquire load of the int at offset + LENGTH_OFFSET: it pairs with the writer's release store. Read lesson 2, \"A record format: the length last, a CRC32C, a sequence number\".");
    }

    public int storedCrc(int offset) {
        return (int) INT.get(buffer, offset + CRC_OFFSET);
    }

    public long sequence(int offset) {
        return (long) LONG.get(buffer, offset + SEQUENCE_OFFSET);
    }

    /**
     * The CRC32C a record at {@code offset} with {@code length} payload bytes should carry: over the 8
     * sequence bytes and the payload (contiguous in the buffer), then the 4 little-endian bytes of the
     * length. The caller guarantees the range lies inside the buffer.
     */
    public int checksum(int offset, int length) {
        // TODO(kata) Reset the CRC32C, update it with the bytes from offset + SEQUENCE_OFFSET to the payload's end (through the window, never moving the caller's buffer), then with the length's four bytes, low byte first. Read lesson 2, "A record format: the length last, a CRC32C, a sequence number".
        throw new UnsupportedOperationException("TODO(kata) Reset the CRC32C, update it with the bytes from offset + SEQUENCE_OFFSET to the payload's end (through the window, never moving the caller's buffer), then with the length's four bytes, low byte first. Read lesson 2, \"A record format: the length last, a CRC32C, a sequence number\".");
    }

    /** Whether the record at {@code offset} with {@code length} payload bytes carries the CRC it should. */
    public boolean crcMatches(int offset, int length) {
        return storedCrc(offset) == checksum(offset, length);
    }
}
