package org.ticktotrade.week04.examples;

import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import org.ticktotrade.week04.SpscRing;

/**
 * Sharding by instrument (lesson 8): every instrument belongs to exactly one matching engine, each engine
 * runs on its own thread and owns its books in plain memory (week 03's single writer), and the thread in
 * front of them (a gateway or sequencer) hands each order to its engine through an SPSC ring of its own.
 * No book is shared, so nothing needs a lock or a CAS; the only cross-thread accesses are the rings' release
 * and acquire of their cursors. Orders of one instrument keep their order, because they all travel through one
 * ring.
 *
 * <p>The assignment is a table, not a hash: which instruments share an engine is a decision (a busy
 * instrument gets an engine to itself), and a table makes it explicit. Several front threads would each get
 * their own set of rings, so every ring keeps one producer.
 *
 * <p>One producer thread calls {@link #route}; engine thread {@code s} alone calls {@link #drain drain(s, ...)}.
 *
 * @param <E> the order type
 */
public final class InstrumentShardRouter<E> {

    private final int[] shardOfInstrument;
    private final SpscRing<E>[] rings;
    private final ToIntFunction<? super E> instrumentOf;

    /**
     * @param shardOfInstrument the engine (0 .. shards - 1) of every instrument id 0 .. length - 1
     * @param ringCapacity      each ring's capacity, a power of two
     * @param instrumentOf      reads an order's instrument id
     */
    @SuppressWarnings("unchecked")
    public InstrumentShardRouter(int[] shardOfInstrument, int ringCapacity, ToIntFunction<? super E> instrumentOf) {
        if (shardOfInstrument.length == 0) {
            throw new IllegalArgumentException("at least one instrument is needed");
        }
        int shards = 0;
        for (int i = 0; i < shardOfInstrument.length; i++) {
            if (shardOfInstrument[i] < 0) {
                throw new IllegalArgumentException("instrument " + i + " has a negative shard: " + shardOfInstrument[i]);
            }
            shards = Math.max(shards, shardOfInstrument[i] + 1);
        }
        this.shardOfInstrument = shardOfInstrument.clone();
        this.rings = new SpscRing[shards];
        for (int s = 0; s < shards; s++) {
            rings[s] = new SpscRing<>(ringCapacity);
        }
        this.instrumentOf = instrumentOf;
    }

    public int shards() {
        return rings.length;
    }

    /** The engine that owns {@code instrument}. */
    public int shardOf(int instrument) {
        if (instrument < 0 || instrument >= shardOfInstrument.length) {
            throw new IllegalArgumentException("unknown instrument " + instrument + ": ids are 0.." + (shardOfInstrument.length - 1));
        }
        return shardOfInstrument[instrument];
    }

    // tag::route[]
    /**
     * Producer thread: hands {@code order} to its instrument's engine.
     *
     * @return false when that engine's ring is full; the other engines are not affected, and the caller
     *         decides what back-pressure means (wait, or reject the order upstream)
     */
    public boolean route(E order) {
        return rings[shardOf(instrumentOf.applyAsInt(order))].offer(order);
    }

    /** Engine thread {@code shard} only: hands up to {@code limit} of its orders, oldest first, to {@code engine}. */
    public int drain(int shard, Consumer<? super E> engine, int limit) {
        return rings[shard].drain(engine, limit);
    }
    // end::route[]
}
