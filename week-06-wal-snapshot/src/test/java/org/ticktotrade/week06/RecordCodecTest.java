package org.ticktotrade.week06;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

/** Lesson 2: the record's bytes, exactly as the format says, and a CRC that covers what it claims to. */
class RecordCodecTest {

    @Test
    void aRecordIsLaidOutAsTheFormatSays() {
        ByteBuffer buffer = ByteBuffer.allocateDirect(256).order(ByteOrder.LITTLE_ENDIAN);
        RecordCodec codec = new RecordCodec(buffer);
        ByteBuffer payload = ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5});
        int frame = codec.write(8, 42, payload);
        assertEquals(24, frame, "16 header bytes + 5 payload bytes, padded to 8");
        assertEquals(5, buffer.getInt(8), "length, little-endian, first");
        assertEquals(42L, buffer.getLong(16), "sequence at offset 8");
        assertEquals(3, buffer.get(24 + 2), "payload after the header");
        assertEquals(0, payload.position(), "the caller's payload buffer is left as it was");
        CRC32C crc = new CRC32C();
        ByteBuffer covered = ByteBuffer.allocate(8 + 5 + 4).order(ByteOrder.LITTLE_ENDIAN)
                .putLong(42).put(new byte[] {1, 2, 3, 4, 5}).putInt(5).flip();
        crc.update(covered);
        assertEquals((int) crc.getValue(), buffer.getInt(12), "CRC32C over sequence, payload, length");
        assertEquals(5, codec.lengthAcquire(8));
        assertTrue(codec.crcMatches(8, 5));
        assertEquals(0, buffer.position());
    }

    @Test
    void theCrcCoversTheLengthTheSequenceAndEveryPayloadByte() {
        ByteBuffer buffer = ByteBuffer.allocateDirect(256).order(ByteOrder.LITTLE_ENDIAN);
        RecordCodec codec = new RecordCodec(buffer);
        codec.write(0, 7, TestLogs.command(7));
        assertTrue(codec.crcMatches(0, CommandCodec.SIZE));
        assertFalse(codec.crcMatches(0, CommandCodec.SIZE - 8), "a shorter length must not check out");
        buffer.putLong(8, 8);
        assertFalse(codec.crcMatches(0, CommandCodec.SIZE), "another sequence must not check out");
        buffer.putLong(8, 7);
        for (int i = 0; i < CommandCodec.SIZE; i++) {
            byte b = buffer.get(16 + i);
            buffer.put(16 + i, (byte) (b ^ 0x10));
            assertFalse(codec.crcMatches(0, CommandCodec.SIZE), "payload byte " + i);
            buffer.put(16 + i, b);
        }
        assertNotEquals(0, codec.storedCrc(0));
    }

    @Test
    void framesAreEightByteAligned() {
        ByteBuffer buffer = ByteBuffer.allocateDirect(1024).order(ByteOrder.LITTLE_ENDIAN);
        RecordCodec codec = new RecordCodec(buffer);
        int offset = 0;
        for (int len = 1; len <= 17; len++) {
            int frame = codec.write(offset, len, ByteBuffer.allocate(len));
            assertEquals(0, frame % 8, "frame of a " + len + "-byte payload");
            assertEquals(RecordCodec.frameSize(len), frame);
            offset += frame;
        }
    }
}
