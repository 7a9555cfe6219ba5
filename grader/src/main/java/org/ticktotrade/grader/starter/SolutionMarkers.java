package org.ticktotrade.grader.starter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marker language of reference sources. The reference is the single source of truth; the starter
 * is derived from it.
 *
 * <pre>
 * // kata:solution lesson-04 Offer the value unless the ring is full.
 * ...reference lines (removed from the starter)...
 * // kata:starter                  (optional; lines below, written as comments, go to the starter)
 * // private final long[] buffer;
 * // kata:end
 *
 * // kata:learner-creates hint:typed-channel Create this helper class.   (first line: file left out)
 * </pre>
 *
 * Without a {@code kata:starter} section a region becomes a TODO comment and a throw of
 * {@code UnsupportedOperationException("TODO(kata) ...")}, which the grader recognises and reports as
 * "not implemented yet". A reference ({@code lesson-NN} or {@code hint:<exercise>}) tells the learner
 * what to read.
 */
public final class SolutionMarkers {

    static final Pattern SOLUTION = Pattern.compile("^(\\s*)//\\s*kata:solution\\s+(\\S+)\\s+(.+?)\\s*$");
    static final Pattern STARTER = Pattern.compile("^\\s*//\\s*kata:starter\\s*$");
    static final Pattern END = Pattern.compile("^\\s*//\\s*kata:end\\s*$");
    static final Pattern LEARNER_CREATES = Pattern.compile("^\\s*//\\s*kata:learner-creates\\s+(\\S+)\\s+(.+?)\\s*$");
    static final Pattern ANY_MARKER = Pattern.compile("^\\s*//\\s*kata:");
    /** An AsciiDoc include tag line ({@code // tag::offer[]}, {@code // end::offer[]}). */
    static final Pattern INCLUDE_TAG = Pattern.compile("^\\s*//\\s*(tag|end)::([\\w.-]+)\\[]\\s*$");
    static final Pattern REF = Pattern.compile("lesson-\\d{2}|hint:[a-z0-9][a-z0-9-]*");

    private SolutionMarkers() {}

    /** A region the learner writes. */
    public record Region(int startLine, int endLine, String indent, String ref, String task, List<String> starterLines) {}

    /** The markers of one file, or the reasons it cannot be read. */
    public record Parsed(List<Region> regions, LearnerCreates learnerCreates, List<String> problems) {}

    /** A whole file the learner creates: left out of the starter. */
    public record LearnerCreates(String ref, String task) {}

    public static Parsed parse(List<String> lines) {
        List<Region> regions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        LearnerCreates creates = null;
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher lc = LEARNER_CREATES.matcher(line);
            Matcher sol = SOLUTION.matcher(line);
            if (lc.matches()) {
                creates = new LearnerCreates(lc.group(1), lc.group(2));
                checkRef(lc.group(1), i, problems);
                i++;
            } else if (sol.matches()) {
                int start = i;
                List<String> starter = null;
                i++;
                while (i < lines.size() && !END.matcher(lines.get(i)).matches()) {
                    if (STARTER.matcher(lines.get(i)).matches()) {
                        if (starter != null) {
                            problems.add("line " + (i + 1) + ": a second kata:starter in one region");
                        }
                        starter = new ArrayList<>();
                    } else if (ANY_MARKER.matcher(lines.get(i)).find()) {
                        problems.add("line " + (i + 1) + ": kata marker inside the region opened at line " + (start + 1));
                    } else if (starter != null) {
                        starter.add(uncomment(lines.get(i), i, problems));
                    }
                    i++;
                }
                if (i == lines.size()) {
                    problems.add("line " + (start + 1) + ": kata:solution without kata:end");
                    break;
                }
                checkRef(sol.group(2), start, problems);
                regions.add(new Region(start, i, sol.group(1), sol.group(2), sol.group(3), starter));
                i++;
            } else {
                if (ANY_MARKER.matcher(line).find()) {
                    problems.add("line " + (i + 1) + ": stray or misspelt kata marker: " + line.strip());
                }
                i++;
            }
        }
        return new Parsed(regions, creates, problems);
    }

    private static void checkRef(String ref, int line, List<String> problems) {
        if (!REF.matcher(ref).matches()) {
            problems.add("line " + (line + 1) + ": \"" + ref + "\" is not lesson-NN or hint:<exercise>");
        }
    }

    /** Starter lines are written as comments in the reference: "// code" gives "code". */
    private static String uncomment(String line, int i, List<String> problems) {
        int at = line.indexOf("//");
        if (at < 0) {
            if (!line.isBlank()) {
                problems.add("line " + (i + 1) + ": starter lines must be comments (\"// ...\")");
            }
            return "";
        }
        String rest = line.substring(at + 2);
        return line.substring(0, at) + (rest.startsWith(" ") ? rest.substring(1) : rest);
    }
}
