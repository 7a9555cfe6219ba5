package org.ticktotrade.grader.learner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.Week;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.shell.jline3.PicocliJLineCompleter;

/**
 * The shell's completion. Command and option names come from picocli-shell-jline3's completer;
 * the rest is done here, because that completer does not count positional parameters (it offers
 * the first positional's candidates at every position). A WEEK completes to the checkout's week ids,
 * a LESSON to that week's lesson numbers, an EXERCISE to its exercise ids; any other positional or
 * option value to its declared completion candidates (gate names for {@code --gate}).
 */
public final class ShellCompleter implements Completer {

    public static final String WEEK = "WEEK";
    public static final String LESSON = "LESSON";
    public static final String EXERCISE = "EXERCISE";

    private final CommandSpec root;
    private final Supplier<Course> course;
    private final Completer commandsAndOptions;

    public ShellCompleter(CommandSpec root, Supplier<Course> course) {
        this.root = root;
        this.course = course;
        this.commandsAndOptions = new PicocliJLineCompleter(root);
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> before = line.words().subList(0, line.wordIndex());
        if (before.isEmpty()) {
            commandsAndOptions.complete(reader, line, candidates);
            candidates.add(new Candidate("exit", "exit", null, "leave the shell", null, null, true));
            return;
        }
        if (line.word().startsWith("-")) {
            commandsAndOptions.complete(reader, line, candidates);
            return;
        }
        CommandSpec spec = root;
        int i = 0;
        while (i < before.size() && spec.subcommands().containsKey(before.get(i))) {
            spec = spec.subcommands().get(before.get(i)).getCommandSpec();
            i++;
        }
        if (spec == root) {
            return;
        }
        List<String> args = before.subList(i, before.size());
        if (args.isEmpty() && !spec.subcommands().isEmpty()) {
            spec.subcommands().forEach((name, sub) -> candidates.add(candidate(name, firstLine(sub.getCommandSpec()))));
            return;
        }
        if (!args.isEmpty()) {
            OptionSpec option = spec.findOption(args.getLast());
            if (option != null && option.arity().max() > 0 && !option.type().equals(boolean.class)) {
                offer(option, null, candidates);
                return;
            }
        }
        List<String> positionals = positionalWords(spec, args);
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p.index().contains(positionals.size())) {
                offer(p, positionals.isEmpty() ? null : positionals.getFirst(), candidates);
                return;
            }
        }
    }

    /** The words that are positional values: options and the values they take are skipped. */
    private static List<String> positionalWords(CommandSpec spec, List<String> args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            OptionSpec option = a.startsWith("-") ? spec.findOption(a.contains("=") ? a.substring(0, a.indexOf('=')) : a) : null;
            if (option != null) {
                if (!a.contains("=") && option.arity().max() > 0 && !option.type().equals(boolean.class)) {
                    i++;
                }
            } else if (!a.startsWith("-")) {
                out.add(a);
            }
        }
        return out;
    }

    private void offer(ArgSpec arg, String weekWord, List<Candidate> candidates) {
        String label = arg.paramLabel();
        if (label.equals(WEEK)) {
            weeks().forEach(w -> candidates.add(candidate(w.id(), w.title())));
        } else if (label.equals(LESSON) && weekWord != null) {
            week(weekWord).ifPresent(w -> w.manifest().lessons()
                    .forEach(l -> candidates.add(candidate(String.valueOf(l.number()), l.title()))));
        } else if (label.equals(EXERCISE) && weekWord != null) {
            week(weekWord).ifPresent(w -> w.manifest().exercises()
                    .forEach(e -> candidates.add(candidate(e.id(), e.title()))));
        } else if (arg.completionCandidates() != null) {
            for (String c : arg.completionCandidates()) {
                candidates.add(candidate(c, null));
            }
        }
    }

    private static String firstLine(CommandSpec spec) {
        String[] description = spec.usageMessage().description();
        return description.length == 0 ? null : description[0];
    }

    private static Candidate candidate(String value, String description) {
        return new Candidate(value, value, null, description, null, null, true);
    }

    private List<Week> weeks() {
        try {
            return course.get().weeks();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private Optional<Week> week(String name) {
        try {
            return course.get().week(name);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
