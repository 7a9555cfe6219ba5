package org.ticktotrade.grader.learner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.render.Style;
import picocli.CommandLine;

/**
 * {@code ./kata} with no arguments: a shell over the same commands, opening on the learner's
 * progress. On a terminal it is a JLine line editor with history (in {@code .kata/history}) and
 * completion of commands, options, week ids, lesson numbers, exercise ids and gate names. Anywhere
 * else (a pipe, a file, CI) it reads one command per line and prints plain text, no escapes.
 */
public final class KataShell {

    static final String PROMPT = "kata> ";
    private static final List<String> LEAVE = List.of("exit", "quit", "q");

    private final Supplier<CommandLine> commands;

    /** @param commands makes a fresh command line per command, so no option leaks from one to the next */
    public KataShell(Supplier<CommandLine> commands) {
        this.commands = commands;
    }

    public int open() {
        Course course = Course.locate();
        return Style.isTerminal() ? interactive(course) : plain(course);
    }

    private int plain(Course course) {
        LearnerConsole console = LearnerConsole.current();
        welcome(course, console);
        String line;
        while ((line = console.readLine(PROMPT)) != null) {
            String command = line.strip();
            if (command.isEmpty() || command.startsWith("#")) {
                continue;
            }
            if (LEAVE.contains(command.toLowerCase(Locale.ROOT))) {
                break;
            }
            commands.get().execute(new DefaultParser().parse(command, command.length(), Parser.ParseContext.SPLIT_LINE).words().stream()
                    .filter(w -> !w.isEmpty()).toArray(String[]::new));
            System.out.flush();
        }
        return 0;
    }

    private int interactive(Course course) {
        Path history = course.root().resolve(ProgressStore.DIR).resolve("history");
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            CommandLine cli = commands.get();
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("kata")
                    .completer(new ShellCompleter(cli.getCommandSpec(), Course::locate))
                    .parser(new DefaultParser())
                    .variable(LineReader.HISTORY_FILE, history)
                    .variable(LineReader.HISTORY_FILE_SIZE, 2000)
                    .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                    .build();
            // Answers (a quiz's, watch's Enter) get their own reader: they are not commands to recall.
            LineReader answers = JLineConsole.answerReader(terminal);
            // The shell's terminal is the only one: commands must not open a second on the same tty.
            LearnerConsole.install(new JLineConsole(answers, Style.detect()));
            try {
                welcome(course, LearnerConsole.current());
                loop(terminal, reader);
            } finally {
                LearnerConsole.install(null);
                reader.getHistory().save();
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the terminal: " + e.getMessage(), e);
        }
    }

    private void loop(Terminal terminal, LineReader reader) {
        String prompt = Style.detect().bold(PROMPT);
        while (true) {
            String line;
            try {
                line = reader.readLine(prompt);
            } catch (UserInterruptException e) {
                continue; // Ctrl-C clears the line, as in bash
            } catch (EndOfFileException e) {
                return; // Ctrl-D
            }
            List<String> words = reader.getParsedLine().words().stream().filter(w -> !w.isEmpty()).toList();
            if (words.isEmpty()) {
                continue;
            }
            if (words.size() == 1 && LEAVE.contains(words.getFirst().toLowerCase(Locale.ROOT))) {
                return;
            }
            // Ctrl-C while a command runs stops the command (its forks are killed), not the shell.
            Thread shell = Thread.currentThread();
            Terminal.SignalHandler before = terminal.handle(Terminal.Signal.INT, signal -> shell.interrupt());
            try {
                commands.get().execute(words.toArray(String[]::new));
            } finally {
                terminal.handle(Terminal.Signal.INT, before);
                Thread.interrupted();
                System.out.flush();
            }
        }
    }

    private static void welcome(Course course, LearnerConsole console) {
        console.print(new ProgressView(console.style()).render(course, ProgressStore.of(course).load()));
        console.println(console.style().dim("\nCommands: lesson, quiz, hint, check, watch, progress, solution, reset, help"
                + "  (help COMMAND for one; exit to leave)"));
    }
}
