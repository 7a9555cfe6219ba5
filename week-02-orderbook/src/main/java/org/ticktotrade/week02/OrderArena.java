package org.ticktotrade.week02;

/**
 * Every order the book can ever hold, allocated once: a pool of fixed-size slots in one {@code long[]},
 * handed out and taken back through a free list. After construction, adding and removing orders
 * allocates nothing.
 *
 * <p><b>Layout.</b> A slot is {@value #SLOT_LONGS} consecutive longs, 64 bytes, the size of a cache line
 * on x86 and most ARM cores: an order is one record read in one or two line fills (Java aligns the
 * array's start to 8 bytes, not 64, so a slot usually straddles two lines), where an {@link Order} object
 * plus its map entry and deque cell would be three objects wherever the allocator put them. Slot
 * {@code s} occupies {@code slots[s * 8 .. s * 8 + 7]}.
 *
 * <p><b>Links.</b> Orders at one price form a doubly linked list threaded through the slots themselves
 * (an <em>intrusive</em> list): the {@code prev} and {@code next} slot indices are two ints packed in
 * one long. {@link #NONE} ends a list. A free slot reuses its {@code next} link to chain the free list,
 * so the pool needs no memory besides the slots.
 *
 * <p><b>Safety.</b> A slot index is an int the book keeps in its maps and links. The invariant every
 * method relies on: <em>a slot index held anywhere in the book is either {@link #NONE} or in
 * {@code [0, capacity)} and allocated</em>. Java checks array bounds, so breaking the first half is an
 * exception, not memory corruption; breaking the second (using a freed slot) silently reads another
 * order's fields, which is why {@link #free} is only ever called by the one place that unlinks.
 */
public final class OrderArena {

    /** "No slot": the end of a list, an empty free list, or an exhausted arena. */
    public static final int NONE = -1;

    /** The arena's default size: about a million resting orders. */
    public static final int DEFAULT_CAPACITY = 1 << 20;

    /** Longs per slot: 8 x 8 bytes = one 64-byte cache line. */
    public static final int SLOT_LONGS = 8;

    /** The largest arena whose last slot's offset still fits an int. */
    public static final int MAX_CAPACITY = Integer.MAX_VALUE / SLOT_LONGS;

    // tag::layout[]
    private static final int ORDER_ID = 0;
    private static final int TRADER_ID = 1;
    private static final int PRICE = 2;
    private static final int REMAINING = 3;
    private static final int TIMESTAMP = 4;
    private static final int LINKS = 5;      // prev slot in the high 32 bits, next slot in the low 32 bits
    private static final int LEVEL = 6;      // the price level this order rests in (the book's handle)
    private static final int SIDE = 7;       // Side.ordinal()
    // end::layout[]

    private static final long LOW_INT = 0xFFFF_FFFFL;

    // tag::fields[]
    private final long[] slots;
    private final int capacity;
    /** The first free slot, or NONE when every slot is in use. Free slots chain through their next link. */
    private int freeHead;
    private int used;
    // end::fields[]

    /**
     * @param capacity how many orders fit, 1 to {@link #MAX_CAPACITY}
     * @throws IllegalArgumentException for any other capacity
     */
    public OrderArena(int capacity) {
        // TODO(kata) Reject a capacity outside 1..MAX_CAPACITY, allocate capacity * SLOT_LONGS longs, and chain every slot into the free list: slot i's next is i + 1, the last slot's next is NONE, freeHead is 0. Read lesson 5, "An arena of order slots and an intrusive list".
        throw new UnsupportedOperationException("TODO(kata) Reject a capacity outside 1..MAX_CAPACITY, allocate capacity * SLOT_LONGS longs, and chain every slot into the free list: slot i's next is i + 1, the last slot's next is NONE, freeHead is 0. Read lesson 5, \"An arena of order slots and an intrusive list\".");
    }

    public int capacity() {
        return capacity;
    }

    /** Slots handed out and not yet freed. */
    public int used() {
        return used;
    }

    /**
     * Takes a slot off the free list. Its fields hold whatever the previous order left: the caller
     * {@link #fill}s it.
     *
     * @return the slot, or {@link #NONE} when the arena is exhausted (a full book rejects, it never throws)
     */
    public int allocate() {
        // TODO(kata) Return NONE when freeHead is NONE; else pop freeHead (freeHead becomes its next link), count it as used and return it. Read lesson 5, "An arena of order slots and an intrusive list".
        throw new UnsupportedOperationException("TODO(kata) Return NONE when freeHead is NONE; else pop freeHead (freeHead becomes its next link), count it as used and return it. Read lesson 5, \"An arena of order slots and an intrusive list\".");
    }

    /** Gives a slot back. It must be allocated and already unlinked from any level: the book guarantees both. */
    public void free(int slot) {
        // TODO(kata) Push the slot onto the free list (its next link becomes freeHead, freeHead becomes the slot) and count it as no longer used. Read lesson 5, "An arena of order slots and an intrusive list".
        throw new UnsupportedOperationException("TODO(kata) Push the slot onto the free list (its next link becomes freeHead, freeHead becomes the slot) and count it as no longer used. Read lesson 5, \"An arena of order slots and an intrusive list\".");
    }

    /** Writes a new order into an allocated slot, unlinked. */
    public void fill(int slot, long orderId, long traderId, Side side, long price, long quantity, long timestampNanos) {
        final int base = slot * SLOT_LONGS;
        slots[base + ORDER_ID] = orderId;
        slots[base + TRADER_ID] = traderId;
        slots[base + PRICE] = price;
        slots[base + REMAINING] = quantity;
        slots[base + TIMESTAMP] = timestampNanos;
        slots[base + LINKS] = links(NONE, NONE);
        slots[base + LEVEL] = NONE;
        slots[base + SIDE] = side.ordinal();
    }

    public long orderId(int slot) {
        return slots[slot * SLOT_LONGS + ORDER_ID];
    }

    public long traderId(int slot) {
        return slots[slot * SLOT_LONGS + TRADER_ID];
    }

    public Side side(int slot) {
        return Side.ofOrdinal((int) slots[slot * SLOT_LONGS + SIDE]);
    }

    public long price(int slot) {
        return slots[slot * SLOT_LONGS + PRICE];
    }

    public long remaining(int slot) {
        return slots[slot * SLOT_LONGS + REMAINING];
    }

    public void setRemaining(int slot, long remaining) {
        slots[slot * SLOT_LONGS + REMAINING] = remaining;
    }

    public long timestampNanos(int slot) {
        return slots[slot * SLOT_LONGS + TIMESTAMP];
    }

    /** The level handle the book stored with {@link #setLevel}; {@link #NONE} until then. */
    public int level(int slot) {
        return (int) slots[slot * SLOT_LONGS + LEVEL];
    }

    public void setLevel(int slot, int level) {
        slots[slot * SLOT_LONGS + LEVEL] = level;
    }

    // tag::links[]
    /** The older neighbour in this slot's level (towards the head), or NONE. */
    public int prev(int slot) {
        return (int) (slots[slot * SLOT_LONGS + LINKS] >>> 32);
    }

    /** The newer neighbour in this slot's level (towards the tail), or NONE; for a free slot, the next free one. */
    public int next(int slot) {
        return (int) slots[slot * SLOT_LONGS + LINKS];
    }

    public void setPrev(int slot, int prev) {
        final int i = slot * SLOT_LONGS + LINKS;
        slots[i] = links(prev, (int) slots[i]);
    }

    public void setNext(int slot, int next) {
        final int i = slot * SLOT_LONGS + LINKS;
        slots[i] = links((int) (slots[i] >>> 32), next);
    }

    private void setLinks(int slot, int prev, int next) {
        slots[slot * SLOT_LONGS + LINKS] = links(prev, next);
    }

    private static long links(int prev, int next) {
        // NONE (-1) must survive the round trip: mask next to its 32 bits so its sign does not smear into prev.
        return ((long) prev << 32) | (next & LOW_INT);
    }
    // end::links[]
}
