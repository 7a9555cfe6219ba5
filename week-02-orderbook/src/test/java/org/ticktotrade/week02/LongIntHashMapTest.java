package org.ticktotrade.week02;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.ticktotrade.week02.LongIntHashMap.MISSING;

import org.junit.jupiter.api.Test;

/** Lesson 6: the primitive map, rule by rule. */
class LongIntHashMapTest {

    @Test
    void getsWhatWasPutAndMissingOtherwise() {
        LongIntHashMap map = new LongIntHashMap(8);
        map.put(42, 7);
        map.put(-1, 0);
        map.put(Long.MIN_VALUE, 3);
        assertEquals(7, map.get(42));
        assertEquals(0, map.get(-1), "any long is a key, negative ones too");
        assertEquals(3, map.get(Long.MIN_VALUE));
        assertEquals(MISSING, map.get(43), "a key never put");
        assertEquals(3, map.size());
    }

    @Test
    void putReplacesTheValueOfAKeyThatIsThere() {
        LongIntHashMap map = new LongIntHashMap(4);
        map.put(5, 1);
        map.put(5, 2);
        assertEquals(2, map.get(5));
        assertEquals(1, map.size(), "replacing is not adding");
    }

    @Test
    void removeReturnsTheValueAndForgetsTheKey() {
        LongIntHashMap map = new LongIntHashMap(4);
        map.put(5, 1);
        assertEquals(1, map.remove(5));
        assertEquals(MISSING, map.get(5));
        assertEquals(MISSING, map.remove(5), "removing twice");
        assertEquals(0, map.size());
    }

    // tag::collision-run[]
    @Test
    void removingFromTheMiddleOfACollisionRunKeepsTheRestFindable() {
        // 128 slots, and every key k * 128 has the same home, slot 0 (2 * k * 128 is a multiple of 128): one run of 64.
        LongIntHashMap map = new LongIntHashMap(64);
        for (int k = 0; k < 64; k++) {
            map.put(k * 128L, k);
        }
        for (int k = 0; k < 64; k += 3) {
            assertEquals(k, map.remove(k * 128L));
        }
        for (int k = 0; k < 64; k++) {
            assertEquals(k % 3 == 0 ? MISSING : k, map.get(k * 128L),
                    "key " + k * 128L + " after every third key was removed: a hole left in a run hides the keys after it"
                            + " unless remove() shifts them back");
        }
    }
    // end::collision-run[]

    @Test
    void refusesMoreKeysThanItWasBuiltForAndNegativeValues() {
        LongIntHashMap map = new LongIntHashMap(2);
        map.put(1, 1);
        map.put(2, 2);
        assertThrows(IllegalStateException.class, () -> map.put(3, 3), "a third key in a map built for 2");
        map.put(2, 5); // replacing is still fine when full
        assertEquals(5, map.get(2));
        assertThrows(IllegalArgumentException.class, () -> map.put(9, -1), "negative values mark empty slots");
    }

    @Test
    void sizesItsTableToAPowerOfTwoAtLeastTwiceTheKeys() {
        assertEquals(2, new LongIntHashMap(1).capacity());
        assertEquals(8, new LongIntHashMap(3).capacity());
        assertEquals(8, new LongIntHashMap(4).capacity());
        assertEquals(1 << 21, new LongIntHashMap(1 << 20).capacity());
        LongIntHashMap map = new LongIntHashMap(1);
        map.put(0, 0);
        assertEquals(0, map.remove(0));
    }
}
