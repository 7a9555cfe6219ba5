package org.ticktotrade.grader.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A week's journal as the grader reads it. Each prompt is a section with an anchor, and the learner's
 * answer is the open block with the {@code answer} role inside it:
 *
 * <pre>
 * [[invariants]]
 * == Three invariants you can encode in types
 * The prompt...
 *
 * [.answer]
 * --
 * (the learner writes here)
 * --
 * </pre>
 */
public record Journal(List<Entry> entries) {

    private static final Pattern ANCHOR = Pattern.compile("^\\[\\[([a-z0-9][a-z0-9-]*)]]\\s*$");
    private static final Pattern SECTION = Pattern.compile("^==\\s+(.+?)\\s*$");
    private static final Pattern ANSWER_ROLE = Pattern.compile("^\\[\\.answer]\\s*$");

    /** One prompt and what was written under it; {@code answer} is null when the block is missing. */
    public record Entry(String id, String title, String answer, int line) {}

    public Journal {
        entries = List.copyOf(entries);
    }

    public static Journal parse(String text) {
        String[] lines = text.split("\n", -1);
        List<Entry> entries = new ArrayList<>();
        String id = null;
        String title = null;
        int line = 0;
        StringBuilder answer = null;
        boolean inAnswer = false;
        boolean sawRole = false;
        String pendingAnchor = null;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (inAnswer) {
                if (l.strip().equals("--")) {
                    inAnswer = false;
                } else {
                    answer.append(l).append('\n');
                }
                continue;
            }
            Matcher a = ANCHOR.matcher(l);
            Matcher s = SECTION.matcher(l);
            if (a.matches()) {
                pendingAnchor = a.group(1);
            } else if (s.matches()) {
                if (id != null) {
                    entries.add(new Entry(id, title, answer == null ? null : answer.toString().strip(), line));
                }
                id = pendingAnchor;
                title = s.group(1);
                line = i + 1;
                answer = null;
                pendingAnchor = null;
                sawRole = false;
            } else if (ANSWER_ROLE.matcher(l).matches()) {
                sawRole = true;
            } else if (sawRole && l.strip().equals("--") && id != null) {
                inAnswer = true;
                sawRole = false;
                if (answer == null) {
                    answer = new StringBuilder();
                }
            } else if (!l.isBlank()) {
                sawRole = false;
            }
        }
        if (id != null) {
            entries.add(new Entry(id, title, answer == null ? null : answer.toString().strip(), line));
        }
        return new Journal(entries);
    }

    public java.util.Optional<Entry> entry(String entryId) {
        return entries.stream().filter(e -> e.id().equals(entryId)).findFirst();
    }

    /** Words of prose, not counting listing delimiters, AsciiDoc markup or placeholder text. */
    public static int words(String answer) {
        if (answer == null) {
            return 0;
        }
        int n = 0;
        for (String w : answer.split("\\s+")) {
            if (w.matches(".*[A-Za-z0-9].*") && !w.matches("-{4,}|\\.{4,}|\\[.*]")) {
                n++;
            }
        }
        return n;
    }
}
