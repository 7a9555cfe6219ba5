package org.ticktotrade.week03;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ticktotrade.week02.OrderArena.NONE;

import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.ticktotrade.week02.OrderArena;
import org.ticktotrade.week02.Side;

/** Lesson 4: the occupancy bitmap's searches agree with a sorted set, at every word boundary. */
class PriceLadderTest {

    @Test
    void bitScansAgreeWithASortedSet() {
        OrderArena arena = new OrderArena(512);
        PriceLadder ladder = new PriceLadder(Side.BUY, arena, 1, 512);
        TreeSet<Integer> occupied = new TreeSet<>();
        RandomGenerator random = RandomGenerator.of("L64X128MixRandom");
        for (int round = 0; round < 300; round++) {
            int index = random.nextInt(512);
            if (occupied.add(index)) {
                int slot = arena.allocate();
                arena.fill(slot, index, 1, Side.BUY, 1 + index, 1, 0);
                ladder.append(slot);
            }
            for (int from : new int[] {0, 63, 64, 127, 128, 255, 256, 511, random.nextInt(512)}) {
                Integer below = occupied.floor(from);
                Integer above = occupied.ceiling(from);
                assertEquals(below == null ? NONE : below, ladder.highestAtOrBelow(from), "highestAtOrBelow(" + from + ") with " + occupied);
                assertEquals(above == null ? NONE : above, ladder.lowestAtOrAbove(from), "lowestAtOrAbove(" + from + ") with " + occupied);
            }
            assertEquals(occupied.last(), ladder.bestIndex(), "a bid ladder's best is its highest occupied level");
        }
        assertEquals(NONE, ladder.highestAtOrBelow(-1), "below index 0 there is nothing");
        assertEquals(NONE, ladder.lowestAtOrAbove(512), "above the last index there is nothing");
    }
}
