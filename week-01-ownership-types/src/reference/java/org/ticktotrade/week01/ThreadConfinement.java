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
    // tag::is-owned[]
    boolean isOwnedByCaller() {
        // end::is-owned[]
        // kata:solution hint:typed-channel Bind the owner to the calling thread on first use (compareAndExchange from null) and return whether the caller is the owner.
        // tag::is-owned[]
        final Thread caller = Thread.currentThread();
        final Thread bound = owner.get(); // volatile read: sees a binding made on any thread
        if (bound != null) {
            return bound == caller;
        }
        // Volatile CAS: if two threads race to be first, exactly one wins and the other is reported.
        final Thread winner = owner.compareAndExchange(null, caller);
        return winner == null || winner == caller;
        // end::is-owned[]
        // kata:end
        // tag::is-owned[]
    }
    // end::is-owned[]

    /** The message for a failed {@link #isOwnedByCaller()} check. */
    String violation(String operation) {
        return what + "." + operation + "() called from thread '" + Thread.currentThread().getName()
                + "', but this end is bound to thread '" + owner.get().getName() // volatile read; only on failure
                + "', which used it first: each end of a TypedChannel belongs to exactly one thread";
    }
}
