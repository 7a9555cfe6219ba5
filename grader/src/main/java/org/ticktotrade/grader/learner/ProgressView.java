package org.ticktotrade.grader.learner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ticktotrade.grader.course.Course;
import org.ticktotrade.grader.course.ManifestException;
import org.ticktotrade.grader.course.Week;
import org.ticktotrade.grader.course.WeekManifest;
import org.ticktotrade.grader.gates.StandardGates;
import org.ticktotrade.grader.model.Status;
import org.ticktotrade.grader.pipeline.Gate;
import org.ticktotrade.grader.render.Style;

/**
 * The learner's progress as a table per week: lessons read, quiz scores (and whether they unlock the
 * project gates), gates passed, hints used, with one bar per week (rustlings' most asked-for feature),
 * and the command to run next.
 */
public final class ProgressView {

    static final int BAR_WIDTH = 30;

    private final Style style;

    public ProgressView(Style style) {
        this.style = style;
    }

    public String render(Course course, LearnerProgress progress) {
        StringBuilder sb = new StringBuilder();
        sb.append(style.bold("Tick to Trade · your progress")).append('\n');
        String next = null;
        for (Path dir : course.weekDirs()) {
            Week week;
            try {
                week = Course.load(dir);
            } catch (ManifestException e) {
                sb.append('\n').append(style.bold(dir.getFileName().toString())).append("  ")
                        .append(style.status(Status.ERROR)).append("  its week.toml has a problem: ./kata author verify")
                        .append('\n');
                continue;
            }
            WeekSummary w = WeekSummary.of(week, progress.week(week.id()));
            week(sb, w);
            if (next == null) {
                next = w.nextStep().orElse(null);
            }
        }
        if (next != null) {
            sb.append('\n').append(style.bold("Next: ")).append(next).append('\n');
        }
        return sb.toString();
    }

    private void week(StringBuilder sb, WeekSummary w) {
        Week week = w.week();
        sb.append('\n').append(style.bold(week.id())).append("  ").append(week.title()).append('\n');
        sb.append("  ").append(bar(w.done(), w.total())).append(String.format("  %d/%d steps%n", w.done(), w.total()));

        sb.append(label("lessons"));
        if (w.readable().isEmpty()) {
            sb.append(style.dim("not written yet"));
        } else {
            sb.append(w.read()).append('/').append(w.readable().size()).append(" read  ");
            for (WeekManifest.Lesson l : w.readable()) {
                sb.append(w.progress().lessonsRead().containsKey(l.number()) ? "[x]" : "[ ]").append(l.number()).append(' ');
            }
        }
        sb.append('\n');

        sb.append(label("quizzes"));
        if (w.lock().quizzes().isEmpty()) {
            sb.append(style.dim("none yet"));
        } else {
            for (QuizLock.LessonScore s : w.lock().quizzes()) {
                sb.append(s.lesson()).append(": ").append(s.best() == null ? "-" : QuizLock.percent(s.best())).append("  ");
            }
            sb.append("average ").append(QuizLock.percent(w.lock().average())).append(", ");
            sb.append(w.lock().locked()
                    ? style.bold("gates locked") + " until " + QuizLock.percent(QuizLock.THRESHOLD)
                    : "gates unlocked");
        }
        sb.append('\n');

        sb.append(label("gates"));
        for (Gate gate : w.projectGates()) {
            LearnerProgress.Verdict v = w.progress().gates().get(gate.id());
            sb.append(gate.id()).append(' ').append(v == null ? style.dim("-") : style.status(Status.valueOf(v.status())))
                    .append("  ");
        }
        sb.append('\n');

        List<String> hints = new ArrayList<>();
        for (WeekManifest.Exercise e : week.manifest().exercises()) {
            int shown = w.progress().hintsShown().getOrDefault(e.id(), 0);
            if (shown > 0) {
                hints.add(e.id() + " " + shown + "/" + e.hints().size());
            }
        }
        sb.append(label("hints")).append(hints.isEmpty() ? style.dim("none used") : String.join(", ", hints)).append('\n');
    }

    private String label(String name) {
        return "  " + String.format("%-9s", name);
    }

    /** {@code [##########--------------------]}: plain ASCII, so it reads the same piped into a log. */
    public static String bar(int done, int total) {
        int filled = total == 0 ? 0 : (int) Math.round((double) BAR_WIDTH * done / total);
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "]";
    }

    /** What a week's progress adds up to: the steps are readable lessons, quizzes and project gates. */
    record WeekSummary(Week week, LearnerProgress.WeekProgress progress, List<WeekManifest.Lesson> readable,
                       QuizLock lock, List<Gate> projectGates) {

        static WeekSummary of(Week week, LearnerProgress.WeekProgress progress) {
            List<WeekManifest.Lesson> readable = week.manifest().lessons().stream().filter(l -> l.file() != null).toList();
            List<Gate> gates = StandardGates.pipeline().gates().stream()
                    .filter(g -> !g.id().equals("build") && g.appliesTo(week)).toList();
            return new WeekSummary(week, progress, readable, QuizLock.of(week, progress), gates);
        }

        int read() {
            return (int) readable.stream().filter(l -> progress.lessonsRead().containsKey(l.number())).count();
        }

        int quizzesPassed() {
            return (int) lock.quizzes().stream().filter(s -> s.best() != null && QuizLock.reaches(s.best())).count();
        }

        int gatesPassed() {
            return (int) projectGates.stream().map(g -> progress.gates().get(g.id()))
                    .filter(v -> v != null && v.passed()).count();
        }

        int done() {
            return read() + quizzesPassed() + gatesPassed();
        }

        int total() {
            return readable.size() + lock.quizzes().size() + projectGates.size();
        }

        /** The first thing left to do, in the order the course is meant to be taken. */
        Optional<String> nextStep() {
            String id = week.id();
            for (WeekManifest.Lesson l : readable) {
                if (!progress.lessonsRead().containsKey(l.number())) {
                    return Optional.of("read lesson " + l.number() + ", \"" + l.title() + "\": ./kata lesson " + id + " " + l.number());
                }
                if (l.quiz() != null) {
                    LearnerProgress.QuizScore s = progress.quizzes().get(l.number());
                    if (s == null || !QuizLock.reaches(s.best())) {
                        return Optional.of("its quiz: ./kata quiz " + id + " " + l.number());
                    }
                }
            }
            if (lock.locked()) {
                return Optional.of("raise the quiz average to unlock the gates: ./kata quiz " + id);
            }
            if (gatesPassed() < projectGates.size()) {
                return Optional.of("the project: ./kata check " + id + "   (or ./kata watch " + id + " while you work)");
            }
            return Optional.empty();
        }
    }
}
