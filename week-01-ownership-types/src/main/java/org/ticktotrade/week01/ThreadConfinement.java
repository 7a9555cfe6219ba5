package org.ticktotrade.week01;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Remembers the first thread that used an object and tells whether the current caller is that thread.
 * Java's run-time stand-in for Rust's "this handle is not Sync".
 *
 * <p>Meant to be called inside {@code assert}, so it costs nothing when assertions are off. That is
 * also why it may use an atomic: only a debugging JVM ever pays for it.
 */
final class ThreadConfinement {

    private final String what;
    private final AtomicReference<Thread> owner = new AtomicReference<>();

    ThreadConfinement(String what) {
        this.what = what;
    }

    /** True when the caller is the bound thread; the first caller ever becomes the bound thread. */
    boolean isOwnedByCaller() {
        // TODO(kata) Bind the owner to the calling thread on first use (compareAndExchange from null) and return whether the caller is the owner. Read the hints: ./kata hint week-01 typed-channel.
        throw new UnsupportedOperationException("TODO(kata) Bind the owner to the calling thread on first use (compareAndExchange from null) and return whether the caller is the owner. Read the hints: ./kata hint week-01 typed-channel.");
    }

    /** The message for a failed {@link #isOwnedByCaller()} check. */
    String violation(String operation) {
        return what + "." + operation + "() called from thread '" + Thread.currentThread().getName()
                + "', but this end is bound to thread '" + owner.get().getName() // volatile read; only on failure
                + "', which used it first: each end of a TypedChannel belongs to exactly one thread";
    }
}
