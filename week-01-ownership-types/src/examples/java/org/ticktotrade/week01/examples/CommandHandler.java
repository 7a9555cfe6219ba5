package org.ticktotrade.week01.examples;

/**
 * The matching thread's dispatch. Lesson 1: an exhaustive {@code switch} over a sealed hierarchy,
 * with record patterns taking each command apart. It needs a {@link BookWriter}: only the thread
 * that was handed the writer can change the book.
 */
public final class CommandHandler {

    private CommandHandler() {}

    // tag::dispatch[]
    /** @return whether the book accepted the command */
    public static boolean apply(OrderCommand command, BookWriter book) {
        return switch (command) {
            case OrderCommand.New(long id, Side side, Price price, Quantity quantity) ->
                    book.add(id, side, price, quantity);
            case OrderCommand.Cancel(long id) -> book.cancel(id);
            case OrderCommand.Replace(long id, Price price, Quantity quantity) ->
                    book.replace(id, price, quantity);
            // No default: when a fourth command joins OrderCommand, this switch stops compiling
            // until someone decides what the matching thread does with it.
        };
    }
    // end::dispatch[]
}
