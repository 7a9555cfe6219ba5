package org.ticktotrade.grader.learner;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.TerminalBuilder;
import org.ticktotrade.grader.render.Style;

/**
 * The learner's console on a terminal: answers read with line editing (no history: they are not
 * commands to recall), and output printed above a pending input line, so watch can report a run
 * while it waits for Enter.
 */
final class JLineConsole implements LearnerConsole {

    private final LineReader reader;
    private final Style style;

    JLineConsole(LineReader reader, Style style) {
        this.reader = reader;
        this.style = style;
    }

    /** For a one-shot command on a terminal ({@code ./kata quiz week-01 1}); the shell makes its own. */
    static JLineConsole open() {
        try {
            return new JLineConsole(answerReader(TerminalBuilder.builder().system(true).build()), Style.detect());
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the terminal: " + e.getMessage(), e);
        }
    }

    static LineReader answerReader(org.jline.terminal.Terminal terminal) {
        return LineReaderBuilder.builder().terminal(terminal).variable(LineReader.DISABLE_HISTORY, true).build();
    }

    @Override
    public String readLine(String prompt) {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException | EndOfFileException e) {
            return null;
        }
    }

    @Override
    public void print(String text) {
        System.out.flush();
        reader.printAbove(text);
    }

    @Override
    public int width() {
        int columns = reader.getTerminal().getWidth();
        // a little short of the edge, and never so narrow that wrapping hurts more than it helps
        return columns < 40 ? 0 : Math.min(columns - 1, 120);
    }

    @Override
    public Style style() {
        return style;
    }
}
