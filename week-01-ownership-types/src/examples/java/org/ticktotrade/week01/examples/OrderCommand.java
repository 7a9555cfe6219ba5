package org.ticktotrade.week01.examples;

import java.util.Objects;

/**
 * Everything the matching thread can be asked to do, as a closed set. Lesson 1: a sealed interface
 * whose permitted subtypes are records, so a {@code switch} over a command can be exhaustive without a
 * {@code default} (see {@link CommandHandler}).
 *
 * <p>The records nest inside the interface, so the compiler infers the {@code permits} list: nothing
 * outside this file can add a fourth kind of command.
 */
// tag::commands[]
public sealed interface OrderCommand {

    long orderId();

    record New(long orderId, Side side, Price price, Quantity quantity) implements OrderCommand {
        public New {
            // Price and Quantity already refuse bad values; all that is left to rule out is "missing".
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(price, "price");
            Objects.requireNonNull(quantity, "quantity");
        }
    }

    record Cancel(long orderId) implements OrderCommand {}

    /** Cancel-replace: a new price or size for a resting order, which loses its time priority. */
    record Replace(long orderId, Price price, Quantity quantity) implements OrderCommand {
        public Replace {
            Objects.requireNonNull(price, "price");
            Objects.requireNonNull(quantity, "quantity");
        }
    }
}
// end::commands[]
