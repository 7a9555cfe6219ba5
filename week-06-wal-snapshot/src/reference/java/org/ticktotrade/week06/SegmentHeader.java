package org.ticktotrade.week06;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * The first 64 bytes of every segment file, little-endian:
 *
 * <pre>
 *  0  int   magic 0x57543254 ("T2TW" as bytes on disk)
 *  4  int   format version
 *  8  long  base sequence: the sequence of the segment's first record
 * 16  long  capacity: the file's full size in bytes, header included
 * 24  ...   reserved, zero
 * 60  int   CRC32C of bytes 0..59
 * </pre>
 *
 * The CRC sits last so that it covers every other header byte, reserved ones included: a flipped bit
 * anywhere in the header is caught. A whole 64 bytes keeps the first record on a cache-line boundary.
 *
 * @param baseSequence the sequence of the segment's first record
 * @param capacity     the file's full size in bytes
 */
public record SegmentHeader(long baseSequence, long capacity) {

    public static final int MAGIC = 0x57543254;
    public static final int VERSION = 1;
    public static final int BYTES = 64;
    public static final int MAGIC_OFFSET = 0;
    public static final int VERSION_OFFSET = 4;
    public static final int BASE_SEQUENCE_OFFSET = 8;
    public static final int CAPACITY_OFFSET = 16;
    public static final int CRC_OFFSET = 60;

    /** Smallest segment that holds the header and one 40-byte command record. */
    public static final int MIN_CAPACITY = BYTES + 64;
    /** A mapped ByteBuffer is indexed by int; 1 GiB keeps every offset and length positive. */
    public static final int MAX_CAPACITY = 1 << 30;

    private static final VarHandle INT = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Writes a header into the first 64 bytes of {@code segment} (plain stores: the file is forced after). */
    public static void write(ByteBuffer segment, long baseSequence, long capacity) {
        for (int i = 0; i < BYTES; i += 8) {
            LONG.set(segment, i, 0L);
        }
        INT.set(segment, MAGIC_OFFSET, MAGIC);
        INT.set(segment, VERSION_OFFSET, VERSION);
        LONG.set(segment, BASE_SEQUENCE_OFFSET, baseSequence);
        LONG.set(segment, CAPACITY_OFFSET, capacity);
        INT.set(segment, CRC_OFFSET, crc(segment));
    }

    /**
     * Reads and checks the header of {@code file}, in the order that gives the most useful message: not our
     * file at all (magic), ours but another format (version), ours but damaged (CRC), nonsense sizes.
     *
     * @throws WalFormatException naming {@code file}
     */
    public static SegmentHeader read(ByteBuffer segment, Path file) {
        int magic = (int) INT.get(segment, MAGIC_OFFSET);
        if (magic != MAGIC) {
            throw new WalFormatException(file, String.format(
                    "not a Tick to Trade WAL segment: magic 0x%08x, expected 0x%08x (\"T2TW\")", magic, MAGIC));
        }
        int version = (int) INT.get(segment, VERSION_OFFSET);
        if (version != VERSION) {
            throw new WalFormatException(file, "segment format version " + version + ", this reader understands "
                    + VERSION + " only");
        }
        int stored = (int) INT.get(segment, CRC_OFFSET);
        int computed = crc(segment);
        if (stored != computed) {
            throw new WalFormatException(file, String.format(
                    "segment header CRC mismatch: stored 0x%08x, computed 0x%08x", stored, computed));
        }
        long base = (long) LONG.get(segment, BASE_SEQUENCE_OFFSET);
        long capacity = (long) LONG.get(segment, CAPACITY_OFFSET);
        if (base < 1 || capacity < MIN_CAPACITY || capacity > MAX_CAPACITY) {
            throw new WalFormatException(file, "segment header holds base sequence " + base + " and capacity "
                    + capacity + ", which no writer produces");
        }
        return new SegmentHeader(base, capacity);
    }

    private static int crc(ByteBuffer segment) {
        CRC32C crc = new CRC32C();
        crc.update(segment.duplicate().position(0).limit(CRC_OFFSET));
        return (int) crc.getValue();
    }
}
