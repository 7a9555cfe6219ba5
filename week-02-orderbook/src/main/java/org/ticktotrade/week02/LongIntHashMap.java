package org.ticktotrade.week02;

import java.util.Arrays;

/**
 * A map from {@code long} keys to non-negative {@code int} values with no boxing and no allocation after
 * construction: open addressing with linear probing in two parallel primitive arrays.
 *
 * <p>{@code HashMap<Long, Integer>} costs a {@code Long} and an {@code Integer} box (outside the small
 * caches) plus an entry object per mapping, and a pointer chase per lookup. Here a lookup hashes the key to
 * a slot and walks forward until it finds the key or an empty slot; neighbours share cache lines.
 *
 * <p><b>Invariant (linear probing).</b> Every key sits in the first empty-free run of slots starting at its
 * home slot: between a key's home and the slot it occupies, no slot is empty. Lookups stop at the first
 * empty slot, so they are correct exactly as long as this holds. Removing a key would punch a hole into
 * someone's run, so {@link #remove} closes the hole by shifting later members of the run back
 * (backward-shift deletion) instead of leaving a tombstone: probe lengths stay short for ever, however
 * many keys come and go, which is what a book that adds and cancels all day needs.
 *
 * <p><b>The hash keeps keys near each other, two slots apart.</b> Order ids are handed out in sequence
 * and prices cluster around the mid, so the keys alive at any moment form a few runs. The home slot of a key
 * is {@code 2 * key} (with the high half folded in, then the mask): a run of live ids sits in every other
 * slot of a few kilobytes of table, in cache, and walked in order by the hardware prefetcher. Two choices
 * measured worse on this course's streams: a scrambling hash (multiply by the golden ratio) spreads a
 * thousand live keys over the whole 24 MB table of a million-order book, so every lookup misses the cache
 * (the arena book became slower than the naive one); the identity hash packs consecutive ids into one
 * unbroken run, and cancelling the oldest of a thousand quotes then walks the whole run to close the hole
 * (2 microseconds a cancel). Stride two leaves a free slot after each key, so runs stay short.
 *
 * <p>The table never grows: it is sized at construction for at most half full (short probes at load 0.5),
 * and {@link #put} refuses a key that would go past the size it was built for. An order book builds it for
 * its arena's capacity, so that never happens.
 */
public final class LongIntHashMap {

    /** What {@link #get} and {@link #remove} return for a key that is not there. */
    public static final int MISSING = -1;

    /** Marks an empty slot in {@code values}; safe because stored values are never negative. */
    private static final int EMPTY = -1;

    // tag::fields[]
    private final long[] keys;
    private final int[] values;
    private final int mask;
    private final int maxSize;
    private int size;
    // end::fields[]

    /**
     * @param maxSize the most keys the map will hold at once, at least 1
     * @throws IllegalArgumentException for a size that is not positive or too large to double into an array
     */
    public LongIntHashMap(int maxSize) {
        if (maxSize < 1 || maxSize > 1 << 29) {
            throw new IllegalArgumentException("maxSize must be 1.." + (1 << 29) + ", was " + maxSize);
        }
        // tag::sizing[]
        // A power of two at least twice maxSize: load factor <= 0.5, and `hash & mask` picks a slot.
        final int capacity = Integer.highestOneBit(maxSize * 2 - 1) << 1;
        this.keys = new long[capacity];
        this.values = new int[capacity];
        Arrays.fill(values, EMPTY);
        this.mask = capacity - 1;
        // end::sizing[]
        this.maxSize = maxSize;
    }

    /** The number of slots in the table (a power of two, at least twice the size it was built for). */
    public int capacity() {
        return keys.length;
    }

    public int size() {
        return size;
    }

    // tag::home[]
    /** The key's home slot, in [0, capacity): twice the key, with the high half folded in so no bit is ignored. */
    private int home(long key) {
        final long spread = key << 1; // consecutive keys land two slots apart: a gap after each, no long runs
        return (int) (spread ^ (spread >>> 32)) & mask;
    }
    // end::home[]

    /** @return the value stored for {@code key}, or {@link #MISSING} */
    public int get(long key) {
        // TODO(kata) Probe from home(key), stepping (i + 1) & mask: return the value when keys[i] == key in a non-empty slot, MISSING at the first empty slot. Read lesson 6, "An open-addressing long-to-int map".
        throw new UnsupportedOperationException("TODO(kata) Probe from home(key), stepping (i + 1) & mask: return the value when keys[i] == key in a non-empty slot, MISSING at the first empty slot. Read lesson 6, \"An open-addressing long-to-int map\".");
    }

    /**
     * Maps {@code key} to {@code value}, replacing an earlier value.
     *
     * @param value not negative
     * @throws IllegalArgumentException for a negative value
     * @throws IllegalStateException when a new key would exceed the size the map was built for
     */
    public void put(long key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("values must not be negative (negative marks an empty slot), was " + value);
        }
        // TODO(kata) Probe from home(key): overwrite the value if the key is found; at the first empty slot, refuse with IllegalStateException when size == maxSize, else store key and value there and count it. Read lesson 6, "An open-addressing long-to-int map".
        throw new UnsupportedOperationException("TODO(kata) Probe from home(key): overwrite the value if the key is found; at the first empty slot, refuse with IllegalStateException when size == maxSize, else store key and value there and count it. Read lesson 6, \"An open-addressing long-to-int map\".");
    }

    /** @return the value that was stored for {@code key}, or {@link #MISSING} when it was not there */
    public int remove(long key) {
        // TODO(kata) Find the key like get (MISSING when absent), empty its slot, then walk the rest of the run: move back into the hole every entry whose home does not lie cyclically in (hole, its slot], making its old slot the new hole. Read lesson 6, "An open-addressing long-to-int map".
        throw new UnsupportedOperationException("TODO(kata) Find the key like get (MISSING when absent), empty its slot, then walk the rest of the run: move back into the hole every entry whose home does not lie cyclically in (hole, its slot], making its old slot the new hole. Read lesson 6, \"An open-addressing long-to-int map\".");
    }
}
