package org.ticktotrade.week04.examples;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Epoch-based reclamation over a pool of nodes (lesson 7): how a lock-free structure decides when a node it
 * unlinked may be used again, where no garbage collector decides it (C, C++, Rust's crossbeam-epoch), or
 * where Java code recycles its nodes to stay garbage-free.
 *
 * <p>Nodes are indices {@code 0 .. poolSize - 1} into whatever arrays the owner keeps (an arena). One
 * <em>writer</em> thread allocates nodes, publishes them, unlinks them and {@linkplain #retire retires}
 * them. Any number of <em>reader</em> threads, each with its own id, {@linkplain #pin pin} before they read
 * the structure and {@linkplain #unpin unpin} when they no longer hold any node. A retired node waits in
 * limbo, stamped with the epoch it was retired in, and is handed out again only once the global epoch has
 * moved two past that stamp: the epoch moves only when every pinned reader has announced the current one,
 * so two moves mean every reader that could have reached the node has unpinned since.
 *
 * <p>The contract with the structure: the writer unlinks a node (a volatile store) before it retires it,
 * and readers load the structure's links with volatile loads after {@link #pin}. Those are the two halves
 * of the store-then-load pattern the argument needs (see {@link #pin} and {@link #reclaim}).
 */
public final class EpochReclaimer {

    /** What a reader's slot holds while that reader is not pinned. */
    static final long IDLE = -1;

    /** 16 longs, 128 bytes: each reader's slot on its own pair of cache lines, away from its neighbours'. */
    private static final int STRIDE = 16;

    private static final byte FREE = 0;
    private static final byte LIVE = 1;
    private static final byte RETIRED = 2;

    private static final VarHandle EPOCH;
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(long[].class);

    static {
        try {
            EPOCH = MethodHandles.lookup().findVarHandle(EpochReclaimer.class, "globalEpoch", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @SuppressWarnings("unused") // accessed through EPOCH: written by the writer only, read by every reader
    private long globalEpoch;
    /** Reader r's announced epoch (or IDLE) at index (r + 1) * STRIDE; written by reader r only. */
    private final long[] announced;
    private final int readers;

    // The writer's own state: plain fields, no other thread touches them.
    private final byte[] state;
    private final int[] free;
    private int freeCount;
    private final int[] limboNodes;   // a FIFO ring: retire epochs never decrease, so the oldest is at the head
    private final long[] limboEpochs;
    private int limboHead;
    private int limboSize;

    /**
     * @param readers  how many reader threads will pin (ids 0 .. readers - 1)
     * @param poolSize how many nodes there are; all start free
     */
    public EpochReclaimer(int readers, int poolSize) {
        if (readers < 1) {
            throw new IllegalArgumentException("readers must be at least 1, was " + readers);
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1, was " + poolSize);
        }
        this.readers = readers;
        this.announced = new long[(readers + 2) * STRIDE]; // a stride of padding before the first and after the last
        for (int r = 0; r < readers; r++) {
            announced[slot(r)] = IDLE; // plain: published with the reclaimer itself (safe publication is the owner's job)
        }
        this.state = new byte[poolSize];
        this.free = new int[poolSize];
        for (int n = poolSize - 1; n >= 0; n--) {
            free[freeCount++] = n; // node 0 is handed out first
        }
        this.limboNodes = new int[poolSize];
        this.limboEpochs = new long[poolSize];
    }

    // tag::pin[]
    /** Reader {@code reader}: from now until {@link #unpin}, no node this thread reaches is handed out again. */
    public void pin(int reader) {
        int slot = slot(reader);
        if ((long) SLOT.get(announced, slot) != IDLE) { // plain: this reader is the only writer of its slot
            throw new IllegalStateException("reader " + reader + " is already pinned");
        }
        // Volatile store, then the caller's volatile loads of the structure: a store-load order, which only
        // volatile (sequentially consistent) accesses keep. Either the writer's scan in reclaim() sees this
        // announcement, or this reader's loads see every unlink the writer made before that scan.
        SLOT.setVolatile(announced, slot, (long) EPOCH.getVolatile(this));
    }

    /** Reader {@code reader}: it holds no node any more. */
    public void unpin(int reader) {
        int slot = slot(reader);
        if ((long) SLOT.get(announced, slot) == IDLE) {
            throw new IllegalStateException("reader " + reader + " is not pinned");
        }
        // Release: every read this reader made of a node happens-before the writer, seeing IDLE, reuses it.
        SLOT.setRelease(announced, slot, IDLE);
    }
    // end::pin[]

    /** Writer only: a free node, reclaiming what is safe first if none is free; -1 when every node is live or still protected. */
    public int allocate() {
        if (freeCount == 0) {
            reclaim();
        }
        if (freeCount == 0) {
            return -1;
        }
        int node = free[--freeCount];
        state[node] = LIVE;
        return node;
    }

    // tag::retire[]
    /**
     * Writer only: {@code node} is unlinked (no reader that pins from now on can reach it), but a reader
     * pinned earlier may still hold it. It is reused only once that cannot be so.
     */
    public void retire(int node) {
        if (node < 0 || node >= state.length) {
            throw new IllegalArgumentException("node must be in 0.." + (state.length - 1) + ", was " + node);
        }
        if (state[node] != LIVE) {
            throw new IllegalArgumentException("node " + node + " is not live: it is " + (state[node] == FREE ? "free" : "already retired"));
        }
        state[node] = RETIRED;
        int tail = (limboHead + limboSize) % limboNodes.length;
        limboNodes[tail] = node;
        limboEpochs[tail] = globalEpoch; // plain: the writer is the only thread that stores it
        limboSize++;
    }
    // end::retire[]

    // tag::reclaim[]
    /**
     * Writer only: advances the epoch if every pinned reader has caught up with it, then frees every node
     * retired at least two epochs ago.
     *
     * @return how many nodes went back to the free list
     */
    public int reclaim() {
        long epoch = globalEpoch; // plain: this thread is the only writer
        boolean everyoneCaughtUp = true;
        for (int r = 0; r < readers && everyoneCaughtUp; r++) {
            // Volatile: the load half of the store-load pattern in pin(); the unlinks before it are volatile stores.
            long seen = (long) SLOT.getVolatile(announced, slot(r));
            everyoneCaughtUp = seen == IDLE || seen == epoch;
        }
        if (everyoneCaughtUp) {
            epoch++;
            // Volatile: a reader that pins with the new epoch must also see every unlink made before it (release
            // would do for that), and this store joins the same single order as the announcements.
            EPOCH.setVolatile(this, epoch);
        }
        int freed = 0;
        // Retired in epoch e: a reader that could hold it announced e or earlier. The epoch reached e + 1 only
        // when every pinned reader had announced e, and e + 2 only when every pinned reader had announced
        // e + 1, that is, had pinned after the unlink. So at e + 2 no reader holds it.
        while (limboSize > 0 && limboEpochs[limboHead] + 2 <= epoch) {
            int node = limboNodes[limboHead];
            limboHead = (limboHead + 1) % limboNodes.length;
            limboSize--;
            state[node] = FREE;
            free[freeCount++] = node;
            freed++;
        }
        return freed;
    }
    // end::reclaim[]

    /** The global epoch (any thread; a snapshot). */
    public long epoch() {
        return (long) EPOCH.getVolatile(this);
    }

    /** Writer only: how many retired nodes wait for their grace period. */
    public int waitingInLimbo() {
        return limboSize;
    }

    private int slot(int reader) {
        if (reader < 0 || reader >= readers) {
            throw new IllegalArgumentException("reader must be in 0.." + (readers - 1) + ", was " + reader);
        }
        return (reader + 1) * STRIDE;
    }
}
