package org.ticktotrade.grader.gates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.course.WeekManifest;
import org.ticktotrade.grader.journal.Journal;
import org.ticktotrade.grader.journal.Measurements;
import org.ticktotrade.grader.model.CheckResult;
import org.ticktotrade.grader.model.GateResult;
import org.ticktotrade.grader.model.Status;
import org.ticktotrade.grader.pipeline.Gate;
import org.ticktotrade.grader.pipeline.GateContext;
import org.ticktotrade.grader.pipeline.GradedSources;

/**
 * The week's journal: every prompt answered in the learner's own words (not the template's
 * placeholder); an answer that reports measurements ({@code measured-prompts}) with every number's unit and the
 * command that produced it ({@link Measurements}); and, where the week has an assembly step, the assembly section checked against the
 * listing {@code ./kata asm} generated on this machine.
 */
public final class JournalGate implements Gate {

    /** The template's placeholder: an answer still containing it has not been written. */
    static final Pattern PLACEHOLDER = Pattern.compile("TODO\\b.*your answer", Pattern.CASE_INSENSITIVE);

    @Override
    public String id() {
        return "journal";
    }

    @Override
    public String title() {
        return "Journal";
    }

    @Override
    public boolean appliesTo(Week week) {
        return week.manifest().gates().journal() != null;
    }

    @Override
    public double maxScore(Week week) {
        return appliesTo(week) ? week.manifest().gates().journal().points() : 0;
    }

    @Override
    public GateResult run(GateContext ctx) {
        long t0 = System.nanoTime();
        WeekManifest.Journal cfg = ctx.week().manifest().gates().journal();
        Path file = journalFile(ctx, cfg);
        List<String> prompts = new ArrayList<>(cfg.prompts());
        if (cfg.asmPrompt() != null && !prompts.contains(cfg.asmPrompt())) {
            prompts.add(cfg.asmPrompt());
        }
        double each = prompts.isEmpty() ? 0 : cfg.points() / prompts.size();
        if (file == null || !Files.isRegularFile(file)) {
            String where = file == null ? "the submission" : ctx.course().root().relativize(file.toAbsolutePath()).toString();
            return new GateResult(id(), title(), Status.FAILED, "no journal found at " + where, 0, cfg.points(),
                    millis(t0), List.of(new CheckResult("journal-file", "The journal exists", null, Status.FAILED,
                            "Expected " + cfg.file() + " next to your sources.", null, 0, cfg.points(), 0, Map.of())), Map.of());
        }
        Journal journal = Journal.parse(read(file));
        List<CheckResult> checks = new ArrayList<>();
        for (String prompt : prompts) {
            var entry = journal.entry(prompt);
            String name = entry.map(Journal.Entry::title).orElse(prompt);
            if (entry.isEmpty()) {
                checks.add(fail(prompt, name, "the section [[" + prompt + "]] is missing from " + file.getFileName()
                        + " (keep the template's headings and anchors)", each));
            } else if (entry.get().answer() == null) {
                checks.add(fail(prompt, name, "no [.answer] block under this prompt (line " + entry.get().line() + ")", each));
            } else if (PLACEHOLDER.matcher(entry.get().answer()).find()) {
                checks.add(fail(prompt, name, "still the template's placeholder: write your answer in the [.answer] block", each));
            } else if (Journal.words(entry.get().answer()) < cfg.minWords()) {
                checks.add(fail(prompt, name, "too short to count: " + Journal.words(entry.get().answer())
                        + " words, at least " + cfg.minWords() + " expected", each));
            } else if (cfg.measuredPrompts().contains(prompt) && !Measurements.problems(entry.get().answer()).isEmpty()) {
                checks.add(fail(prompt, name, "this answer reports measurements: "
                        + String.join("; ", Measurements.problems(entry.get().answer()))
                        + ". Every number with its unit, and the command that produced it next to it.", each));
            } else if (prompt.equals(cfg.asmPrompt())) {
                checks.add(AsmQuotes.check(ctx, prompt, name, entry.get().answer(), each));
            } else {
                checks.add(new CheckResult(prompt, name, null, Status.PASSED, null, null, each, each, 0,
                        Map.of("words", Journal.words(entry.get().answer()))));
            }
        }
        long passed = checks.stream().filter(c -> c.status() == Status.PASSED).count();
        return new GateResult(id(), title(), passed == checks.size() ? Status.PASSED : Status.FAILED,
                passed + "/" + checks.size() + " prompts answered", Scores.score(checks), cfg.points(), millis(t0), checks,
                Map.of("file", file.toString()));
    }

    /** The reference grades its example journal; a submission its own; a learner the week's journal.adoc. */
    static Path journalFile(GateContext ctx, WeekManifest.Journal cfg) {
        GradedSources s = ctx.sources();
        return switch (s.kind()) {
            case REFERENCE -> ctx.week().dir().resolve(cfg.referenceFile());
            case STARTER -> ctx.week().dir().resolve(cfg.file());
            case SUBMISSION -> {
                for (Path candidate : List.of(s.displayRoot().resolve(ctx.week().slug()).resolve(cfg.file()),
                        s.displayRoot().resolve(cfg.file()))) {
                    if (Files.isRegularFile(candidate)) {
                        yield candidate;
                    }
                }
                yield null;
            }
        };
    }

    private static CheckResult fail(String id, String name, String message, double points) {
        return new CheckResult(id, name, null, Status.FAILED, message, null, 0, points, 0, Map.of());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
