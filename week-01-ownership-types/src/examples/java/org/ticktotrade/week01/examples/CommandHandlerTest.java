package org.ticktotrade.week01.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandHandlerTest {

    private static OrderCommand.New buy(long id, long ticks, long lots) {
        return new OrderCommand.New(id, Side.BUY, new Price(ticks), new Quantity(lots));
    }

    private static OrderCommand.New sell(long id, long ticks, long lots) {
        return new OrderCommand.New(id, Side.SELL, new Price(ticks), new Quantity(lots));
    }

    @Test
    void everyKindOfCommandReachesTheBook() {
        SimpleBook book = new SimpleBook();
        BookView view = book.view();
        assertTrue(CommandHandler.apply(buy(1, 100, 5), book));
        assertTrue(CommandHandler.apply(buy(2, 100, 3), book));
        assertTrue(CommandHandler.apply(sell(3, 102, 4), book));
        assertEquals(new TopOfBook(3, Optional.of(level(100, 8)), Optional.of(level(102, 4))), view.top());

        assertTrue(CommandHandler.apply(new OrderCommand.Cancel(1), book));
        assertEquals(Optional.of(level(100, 3)), view.top().bid(), "cancel takes order 1's 5 lots off the level");

        assertTrue(CommandHandler.apply(new OrderCommand.Replace(2, new Price(101), new Quantity(6)), book));
        assertEquals(Optional.of(level(101, 6)), view.top().bid(), "replace moves order 2 to a new price and size");
    }

    @Test
    void theToyBookRefusesWhatItCannotDo() {
        SimpleBook book = new SimpleBook();
        CommandHandler.apply(sell(1, 102, 4), book);
        assertFalse(CommandHandler.apply(buy(2, 102, 1), book), "a crossing buy would trade: matching is week 02");
        assertFalse(CommandHandler.apply(sell(1, 103, 1), book), "order ids are unique");
        assertFalse(CommandHandler.apply(new OrderCommand.Cancel(42), book), "no such order");
        assertFalse(CommandHandler.apply(new OrderCommand.Replace(42, new Price(1), new Quantity(1)), book));
    }

    @Test
    void theViewIsNotTheWriter() {
        SimpleBook book = new SimpleBook();
        BookView view = book.view();
        assertFalse(view instanceof BookWriter, "a reader must not be able to cast its way to the writer");
        assertThrows(ClassCastException.class, () -> {
            BookWriter sneaky = (BookWriter) (Object) view;
            sneaky.cancel(1);
        });
    }

    @Test
    void aSnapshotDoesNotChangeWhenTheBookDoes() {
        SimpleBook book = new SimpleBook();
        CommandHandler.apply(buy(1, 100, 5), book);
        TopOfBook before = book.view().top();
        CommandHandler.apply(new OrderCommand.Cancel(1), book);
        assertEquals(Optional.of(level(100, 5)), before.bid(), "the snapshot taken before the cancel still says 5 lots");
        assertEquals(Optional.empty(), book.view().top().bid());
    }

    @Test
    void commandsRefuseMissingParts() {
        assertThrows(NullPointerException.class, () -> new OrderCommand.New(1, null, new Price(1), new Quantity(1)));
        assertThrows(NullPointerException.class, () -> new OrderCommand.Replace(1, new Price(1), null));
    }

    private static TopOfBook.Level level(long ticks, long lots) {
        return new TopOfBook.Level(new Price(ticks), new Quantity(lots));
    }
}
