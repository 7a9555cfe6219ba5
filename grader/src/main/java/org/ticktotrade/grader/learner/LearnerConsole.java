package org.ticktotrade.grader.learner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.ticktotrade.grader.render.Style;

/**
 * Where the learner's commands read answers and print: the JLine shell when it is open (so a quiz
 * inside the shell gets line editing, and watch can print above a pending input line), otherwise
 * plain standard input and output. One per process: the shell's command lines and a quiz's answers
 * come from the same input, in order, which is what makes {@code printf '...' | ./kata} work.
 */
public interface LearnerConsole {

    /** A line of input without its newline, or null at the end of input (also Ctrl-C / Ctrl-D in the shell). */
    String readLine(String prompt);

    /** Prints text as it is (add the newline yourself); safe while another thread waits in {@link #readLine}. */
    void print(String text);

    default void println(String text) {
        print(text + "\n");
    }

    /** Colour on a terminal, plain text everywhere else. */
    Style style();

    /** The terminal's width in columns, for wrapping prose; 0 where there is none (nothing is wrapped). */
    default int width() {
        return 0;
    }

    /** Prose wrapped between words to {@link #width()}, the first line after {@code first}, the rest after {@code hanging}. */
    default String prose(String text, String first, String hanging) {
        return TextWrap.wrap(text, width(), first, hanging);
    }

    /** The shell's console while it is open; otherwise JLine on a terminal, plain text elsewhere. */
    static LearnerConsole current() {
        LearnerConsole installed = Holder.current;
        return installed != null ? installed : Holder.standard();
    }

    /** The shell installs its console for as long as it is open (null uninstalls it); tests install scripted ones. */
    static void install(LearnerConsole console) {
        Holder.current = console;
    }

    /** Standard input and output as plain text: what a pipe, a file or CI gets. */
    final class Plain implements LearnerConsole {
        private final BufferedReader in;
        private final PrintStream out;
        private final Style style;

        public Plain(BufferedReader in, PrintStream out, Style style) {
            this.in = in;
            this.out = out;
            this.style = style;
        }

        @Override
        public String readLine(String prompt) {
            if (!prompt.isEmpty()) {
                out.print(prompt);
                out.flush();
            }
            try {
                String line = in.readLine();
                if (!prompt.isEmpty()) {
                    // Input from a pipe is not echoed by any terminal: echo it, so the transcript reads as a dialogue.
                    out.println(line == null ? "" : line);
                }
                return line;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public synchronized void print(String text) {
            out.print(text);
            out.flush();
        }

        @Override
        public Style style() {
            return style;
        }
    }

    final class Holder {
        private static volatile LearnerConsole current;
        private static LearnerConsole standard;

        private Holder() {}

        /** Made on first use: a one-shot command that never reads input never opens the terminal. */
        static synchronized LearnerConsole standard() {
            if (standard == null) {
                standard = Style.isTerminal() ? JLineConsole.open()
                        : new Plain(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), System.out,
                                Style.detect());
            }
            return standard;
        }
    }
}
