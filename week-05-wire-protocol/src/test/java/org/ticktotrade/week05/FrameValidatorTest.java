package org.ticktotrade.week05;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The reject path, one reason at a time, and the validator's verdict on arbitrary bytes against the oracle's. */
class FrameValidatorTest {

    private final FrameValidator validator = new FrameValidator();

    private RejectCode verdict(byte[] frame) {
        ByteBuffer b = ByteBuffer.allocate(frame.length + 3);
        b.put(3, frame); // not at offset 0: the validator must use 'at'
        return validator.validate(b, 3, frame.length);
    }

    private static byte[] valid() {
        return Frames.newOrder(7, 3, 0, 0, 100, 5);
    }

    @Test
    void validMessagesPass() {
        assertNull(verdict(valid()));
        assertNull(verdict(Frames.newOrder(Long.MIN_VALUE, Long.MAX_VALUE, 1, 1, Long.MAX_VALUE, 1)));
        assertNull(verdict(Frames.cancel(-1)));
    }

    @Test
    void eachBadFieldHasItsReason() {
        byte[] f = valid();
        f[2] = 3; // an ExecutionReport sent inbound
        assertEquals(RejectCode.UNKNOWN_TYPE, verdict(f));
        f = valid();
        f[2] = 0;
        assertEquals(RejectCode.UNKNOWN_TYPE, verdict(f));
        f = valid();
        f[3] = 2;
        assertEquals(RejectCode.UNSUPPORTED_VERSION, verdict(f));
        f = valid();
        f[4] = 2;
        assertEquals(RejectCode.BAD_SIDE, verdict(f));
        f = valid();
        f[4] = (byte) 0xFF;
        assertEquals(RejectCode.BAD_SIDE, verdict(f), "an unsigned 255, not a -1 that slips past a '> 1' check");
        f = valid();
        f[5] = 9;
        assertEquals(RejectCode.BAD_TIME_IN_FORCE, verdict(f));
        f = valid();
        f[7] = 1;
        assertEquals(RejectCode.RESERVED_NOT_ZERO, verdict(f));
        assertEquals(RejectCode.BAD_QUANTITY, verdict(Frames.newOrder(7, 3, 0, 0, 100, 0)));
        assertEquals(RejectCode.BAD_QUANTITY, verdict(Frames.newOrder(7, 3, 0, 0, 100, Long.MIN_VALUE)));
        assertEquals(RejectCode.BAD_PRICE, verdict(Frames.newOrder(7, 3, 0, 0, 0, 5)));
        assertEquals(RejectCode.BAD_PRICE, verdict(Frames.newOrder(7, 3, 0, 0, -100, 5)));
        byte[] c = Frames.cancel(9);
        c[5] = 1;
        assertEquals(RejectCode.RESERVED_NOT_ZERO, verdict(c));
    }

    @Test
    void aLengthWrongForTheTypeIsWrongLength() {
        byte[] shortOrder = java.util.Arrays.copyOf(valid(), 16); // a NewOrder header on a cancel-sized frame
        assertEquals(RejectCode.WRONG_LENGTH, verdict(shortOrder));
        byte[] longCancel = java.util.Arrays.copyOf(Frames.cancel(9), 40);
        assertEquals(RejectCode.WRONG_LENGTH, verdict(longCancel));
        byte[] headerOnly = java.util.Arrays.copyOf(valid(), 4);
        assertEquals(RejectCode.WRONG_LENGTH, verdict(headerOnly));
    }

    @Test
    void aRejectNamesTheFramesOrderIdWhenItHasOne() {
        byte[] f = Frames.newOrder(1234, 3, 7, 0, 100, 5);
        ByteBuffer b = ByteBuffer.wrap(f);
        assertEquals(1234, validator.orderIdOf(b, 0, f.length));
        assertEquals(0, validator.orderIdOf(b, 0, 15), "bytes 8 to 15 are not all in a 15-byte frame");
    }

    @Property(tries = 2000)
    void anyBytesGetTheOraclesVerdict(@ForAll @Size(min = 4, max = 48) byte[] frame,
                                      @ForAll @IntRange(min = 0, max = 3) int shape) {
        // Steer a share of the tries towards almost-valid frames, where the interesting mistakes are.
        if (shape > 0) {
            frame[2] = (byte) (shape == 3 ? 2 : 1);
            frame[3] = 1;
        }
        assertEquals(Frames.verdict(frame), verdict(frame));
    }

    @Property(tries = 2000)
    void oneBadByteInAValidOrderIsCaughtOrHarmless(@ForAll @IntRange(min = 2, max = 39) int index, @ForAll byte value) {
        byte[] f = valid();
        f[index] = value;
        assertEquals(Frames.verdict(f), verdict(f));
    }
}
