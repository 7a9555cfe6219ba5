package org.ticktotrade.week05.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class ByteOrdersTest {

    private static final long VALUE = 0x0102030405060708L;
    private static final byte[] LITTLE = {8, 7, 6, 5, 4, 3, 2, 1};
    private static final byte[] BIG = {1, 2, 3, 4, 5, 6, 7, 8};

    // tag::default-is-big[]
    @Test
    void aFreshByteBufferIsBigEndianAndPutLongFollowsIt() {
        ByteBuffer buffer = ByteBuffer.allocate(16);
        assertEquals(ByteOrder.BIG_ENDIAN, buffer.order());
        assertArrayEquals(BIG, ByteOrders.withBufferOrder(buffer, VALUE));
        assertArrayEquals(LITTLE, ByteOrders.withBufferOrder(buffer.order(ByteOrder.LITTLE_ENDIAN), VALUE));
    }

    @Test
    void theVarHandleWritesLittleEndianWhateverTheBufferSays() {
        ByteBuffer big = ByteBuffer.allocate(16); // order() is BIG_ENDIAN, and the handle ignores it
        ByteOrders.putLittleEndian(big, 0, VALUE);
        byte[] bytes = new byte[8];
        big.get(0, bytes);
        assertArrayEquals(LITTLE, bytes);
        assertEquals(VALUE, ByteOrders.getLittleEndian(big, 0));
        assertNotEquals(VALUE, big.getLong(0), "the buffer's own getLong reads the same bytes big-endian");
    }
    // end::default-is-big[]

    @Test
    void aByteArrayAndAMemorySegmentGetTheSameBytes() {
        byte[] array = new byte[8];
        ByteOrders.putLittleEndian(array, 0, VALUE);
        assertArrayEquals(LITTLE, array);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = arena.allocate(16);
            ByteOrders.putLittleEndian(segment, 3, VALUE); // unaligned on purpose: a field where the packet puts it
            assertArrayEquals(LITTLE, segment.asSlice(3, 8).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE));
            assertEquals(VALUE, ByteOrders.getLittleEndian(segment, 3));
        }
    }

    @Test
    void unsignedCodesReadAsTheirWireValue() {
        ByteBuffer buffer = ByteBuffer.allocate(4).put(0, (byte) 0xC8);
        assertEquals(-56, buffer.get(0), "Java's byte is signed");
        assertEquals(200, ByteOrders.u8(buffer, 0));
        assertEquals(65_535, ByteOrders.u16LittleEndian(new byte[] {(byte) 0xFF, (byte) 0xFF}, 0));
        assertEquals(40, ByteOrders.u16LittleEndian(new byte[] {40, 0}, 0));
    }
}
