package org.ticktotrade.week01.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TopOfBookTest {

    private static Optional<TopOfBook.Level> at(long ticks) {
        return Optional.of(new TopOfBook.Level(new Price(ticks), new Quantity(1)));
    }

    @Test
    void aCrossedOrLockedSnapshotCannotBeBuilt() {
        assertThrows(IllegalArgumentException.class, () -> new TopOfBook(1, at(101), at(100)), "crossed");
        assertThrows(IllegalArgumentException.class, () -> new TopOfBook(1, at(100), at(100)), "locked");
        new TopOfBook(1, at(99), at(100));
        new TopOfBook(1, Optional.empty(), at(100));
        new TopOfBook(1, Optional.empty(), Optional.empty());
    }

    @Test
    void anEmptySideIsOptionalEmptyNeverNull() {
        assertThrows(NullPointerException.class, () -> new TopOfBook(1, null, Optional.empty()));
    }

    @Test
    void aDepthSnapshotCannotBeChangedThroughItsArrays() {
        long[] bids = {100, 99, 98};
        DepthSnapshot snapshot = new DepthSnapshot(7, bids);
        bids[0] = 1; // the caller scribbles on the array it passed in
        assertArrayEquals(new long[] {100, 99, 98}, snapshot.bidTicks());
        snapshot.bidTicks()[1] = 1; // a reader scribbles on the array it was given
        assertArrayEquals(new long[] {100, 99, 98}, snapshot.bidTicks());
    }

    @Test
    void depthSnapshotsWithTheSameContentsAreEqual() {
        assertEquals(new DepthSnapshot(7, new long[] {100, 99}), new DepthSnapshot(7, new long[] {100, 99}));
        assertEquals(new DepthSnapshot(7, new long[] {100, 99}).hashCode(), new DepthSnapshot(7, new long[] {100, 99}).hashCode());
    }
}
