package org.ticktotrade.week01.examples;

import java.util.function.LongPredicate;

/**
 * A trading account's credit, owned by the risk thread. Lesson 1: {@link AutoCloseable} and
 * try-with-resources as Java's answer to a destructor for a "must not forget to release it" invariant.
 *
 * <p>Before an order leaves for the venue, its notional is reserved. If the order is accepted the
 * reservation is committed and the credit stays used; on every other path (rejected, exception,
 * early return) the credit must come back. Forgetting that on one error path slowly strangles an
 * account, and no test of the happy path notices.
 *
 * <p>Single-threaded by design: only the risk thread touches a CreditLimit, so plain fields suffice.
 */
public final class CreditLimit {

    private long availableTicks;

    public CreditLimit(long limitTicks) {
        if (limitTicks < 0) {
            throw new IllegalArgumentException("a credit limit cannot be negative, was " + limitTicks);
        }
        this.availableTicks = limitTicks;
    }

    public long availableTicks() {
        return availableTicks;
    }

    // tag::reservation[]
    /** Takes {@code notionalTicks} out of the available credit until the reservation is closed or committed. */
    public Reservation reserve(long notionalTicks) {
        if (notionalTicks <= 0 || notionalTicks > availableTicks) {
            throw new IllegalStateException("cannot reserve " + notionalTicks + " ticks with " + availableTicks + " available");
        }
        availableTicks -= notionalTicks;
        return new Reservation(notionalTicks);
    }

    public final class Reservation implements AutoCloseable {
        private final long notionalTicks;
        private boolean settled;

        private Reservation(long notionalTicks) {
            this.notionalTicks = notionalTicks;
        }

        /** The order was accepted: the credit stays used. */
        public void commit() {
            settled = true;
        }

        /** Gives the credit back unless committed. Idempotent, as close() should be. */
        @Override
        public void close() {
            if (!settled) {
                settled = true;
                availableTicks += notionalTicks;
            }
        }
    }
    // end::reservation[]

    // tag::try-with-resources[]
    /**
     * Reserves, asks the venue, and commits only if the venue accepted. Whatever happens in between
     * (a false, an exception), leaving the block closes the reservation.
     */
    public boolean submit(long notionalTicks, LongPredicate venueAccepts) {
        try (Reservation reservation = reserve(notionalTicks)) {
            if (!venueAccepts.test(notionalTicks)) {
                return false; // close() runs on the way out and returns the credit
            }
            reservation.commit();
            return true;
        }
    }
    // end::try-with-resources[]
}
