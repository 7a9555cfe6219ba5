package org.ticktotrade.grader.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a journal answer that reports measurements must show: numbers with their units, and the command
 * that produced them. The rules, each checkable by eye:
 *
 * <ol>
 * <li>At least one number with a unit: a time ({@code ns us µs ms s}), a rate ({@code /s}, {@code orders/s}),
 *     a size ({@code B KB MB GB}, {@code B/op}), a share ({@code %}), a ratio ({@code 2.5x}), or a count of
 *     something named ({@code 4,096 records}, {@code 0 GCs}). Magnitudes may be attached: {@code 100k/s}.</li>
 * <li>No bare number: every number in the prose carries its unit. A list or range shares the unit of its
 *     last member ({@code 752, 3,320 and 8,728 bytes}, {@code 4 to 16 ms}). Not counted as numbers: whatever
 *     is in backticks or a listing (commands, code, output), names with a digit in them ({@code p99},
 *     {@code G1}, {@code CRC32C}), ordinals ({@code 99th}), dates and versions ({@code 2026-12-07},
 *     {@code 25.0.3}, {@code December 2026}), a number naming a thing ({@code JDK 25}, {@code lesson 3}), list markers, and whole
 *     numbers below ten, which prose uses for counting ("2 cores", "3 rates") more than for measuring.</li>
 * <li>At least one command: a line in backticks or in a listing block that starts with {@code ./kata },
 *     {@code java } or {@code ./mvnw } (a leading {@code $ } is allowed).</li>
 * </ol>
 */
public final class Measurements {

    private Measurements() {}

    private static final Pattern LISTING = Pattern.compile("(?ms)^(-{4,}|\\.{4,})\\s*$.*?^\\1\\s*$");
    private static final Pattern BACKTICKS = Pattern.compile("`+([^`]+)`+");
    private static final Pattern COMMAND = Pattern.compile("^\\s*(?:\\$\\s+)?(\\./kata|java|\\./mvnw)\\s+\\S");
    private static final Pattern LIST_MARKER = Pattern.compile("(?m)^\\s*(?:\\d+[.)]|[*.-]+)\\s");

    private static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    /** A number not glued to a word, a dot or a dash before it (p99, x86, v2, week-07 are names). */
    private static final Pattern NUMBER_IN_PROSE = Pattern.compile("(?<![\\w.,:/#-])" + NUMBER + "(?![\\d])");
    private static final String UNITS = String.join("|",
            // time
            "ns", "nanoseconds?", "us", "µs", "μs", "microseconds?", "ms", "milliseconds?", "s", "secs?", "seconds?",
            "min", "minutes?", "h", "hours?", "days?",
            // size
            "B", "bytes?", "bits?", "KB", "KiB", "kB", "MB", "MiB", "GB", "GiB", "TB",
            // frequency, share, ratio
            "Hz", "kHz", "MHz", "GHz", "%", "percent", "x", "times",
            // counts of named things
            "orders?", "requests?", "records?", "samples?", "messages?", "trades?", "events?", "sends?", "ops?",
            "operations?", "GCs?", "collections?", "pauses?", "allocations?", "objects?", "cores?", "CPUs?", "vCPUs?",
            "threads?", "entries", "entry", "pairs?", "forks?", "iterations?", "runs?", "rates?", "segments?", "pages?",
            "faults?", "cycles?", "instructions?", "levels?", "slots?", "nodes?", "lines?", "calls?", "percentiles?",
            "periods?", "ticks?", "batches?", "writes?", "reads?", "fsyncs?", "msyncs?", "commits?", "files?",
            "histograms?", "buckets?", "digits?", "words?", "steps?");
    /** What may follow a number: a magnitude, then a unit (maybe per something), or a per-unit alone. */
    private static final Pattern UNIT_AFTER = Pattern.compile(
            "^(?:[kKMG](?![A-Za-z]))?(?:[\\s-]?(?:" + UNITS + ")(?:/(?:s|sec|second|op|order|request|message))?|/(?:s|sec|second|op|order))(?![A-Za-z])",
            Pattern.CASE_INSENSITIVE);
    /** Between the members of a list or range that share the last member's unit. */
    private static final Pattern SHARES_UNIT = Pattern.compile("^(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:to|and|or)\\s+|\\s*[-–]\\s*|\\s*,?\\s*then\\s+)(?=\\d)");
    private static final Pattern ORDINAL = Pattern.compile("^(?:st|nd|rd|th)(?![A-Za-z])");
    private static final Pattern DATE_OR_VERSION = Pattern.compile("^[.:/-]\\d");
    private static final Set<String> NAMING_WORDS = Set.of("jdk", "java", "jep", "week", "lesson", "section", "line",
            "step", "version", "exercise", "chapter", "figure", "table", "page", "item", "quiz", "question", "prompt",
            "number", "no", "id", "port", "level", "g",
            // a year after its month: "8 December 2026"
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** What one measured answer lacks: empty when it reports its numbers properly. */
    public static List<String> problems(String answer) {
        List<String> problems = new ArrayList<>();
        if (answer == null || answer.isBlank()) {
            return List.of("no answer");
        }
        List<String> code = new ArrayList<>();
        Matcher listing = LISTING.matcher(answer);
        StringBuilder noListings = new StringBuilder();
        while (listing.find()) {
            code.addAll(List.of(listing.group().split("\n")));
            listing.appendReplacement(noListings, " ");
        }
        listing.appendTail(noListings);
        Matcher ticks = BACKTICKS.matcher(noListings);
        StringBuilder prose = new StringBuilder();
        while (ticks.find()) {
            code.add(ticks.group(1).replaceAll("\\s+", " "));
            ticks.appendReplacement(prose, " ");
        }
        ticks.appendTail(prose);
        String text = LIST_MARKER.matcher(prose).replaceAll(" ");

        int withUnit = 0;
        List<String> bare = new ArrayList<>();
        Matcher m = NUMBER_IN_PROSE.matcher(text);
        List<int[]> pending = new ArrayList<>(); // a list or range waiting for its unit
        int at = 0;
        while (m.find(at)) {
            at = m.end();
            String after = text.substring(m.end());
            String number = m.group();
            if (ORDINAL.matcher(after).find() || DATE_OR_VERSION.matcher(after).find()) {
                at = skipToken(text, m.end());
                pending.clear();
                continue;
            }
            if (namesAThing(text, m.start())) {
                pending.clear();
                continue;
            }
            Matcher unit = UNIT_AFTER.matcher(after);
            if (unit.find()) {
                withUnit += 1 + pending.size();
                pending.clear();
                continue;
            }
            Matcher shares = SHARES_UNIT.matcher(after);
            if (shares.find()) {
                pending.add(new int[] {m.start(), m.end()});
                continue;
            }
            for (int[] p : pending) {
                addBare(bare, text.substring(p[0], p[1]));
            }
            pending.clear();
            addBare(bare, number);
        }
        for (int[] p : pending) {
            addBare(bare, text.substring(p[0], p[1]));
        }
        if (withUnit == 0) {
            problems.add("no measured number with its unit (ns, us, ms, s, /s, orders/s, %, B, KB, MB, GB, B/op, ...)");
        }
        if (!bare.isEmpty()) {
            problems.add("number" + (bare.size() == 1 ? "" : "s") + " without a unit: " + String.join(", ", bare.stream().limit(5).toList())
                    + (bare.size() > 5 ? " and " + (bare.size() - 5) + " more" : "") + " (say what each counts or measures)");
        }
        if (code.stream().noneMatch(c -> COMMAND.matcher(c).find())) {
            problems.add("no command that produced the numbers: quote it in backticks or a listing, starting with ./kata, java or ./mvnw");
        }
        return problems;
    }

    private static void addBare(List<String> bare, String number) {
        // whole numbers below ten count things in prose ("2 cores", "3 rates"): not a measurement without a unit
        if (number.matches("\\d") ) {
            return;
        }
        bare.add(number);
    }

    /** JDK 25, lesson 3, week 07: the number is a name, not a measurement. */
    private static boolean namesAThing(String text, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return begin < end && NAMING_WORDS.contains(text.substring(begin, end).toLowerCase(Locale.ROOT));
    }

    private static int skipToken(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
