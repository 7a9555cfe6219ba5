package org.ticktotrade.grader.gates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ticktotrade.grader.asm.AsmException;
import org.ticktotrade.grader.asm.AsmListing;
import org.ticktotrade.grader.asm.AsmRun;
import org.ticktotrade.grader.asm.Instruction;
import org.ticktotrade.grader.model.CheckResult;
import org.ticktotrade.grader.model.Status;
import org.ticktotrade.grader.pipeline.GateContext;

/**
 * The journal's assembly section, checked against the listing {@code ./kata asm} generates for the
 * graded code on this machine (regenerated when missing or older than the build). Quoted instructions
 * are the lines of the answer's listing blocks; each must really be in the listing (normalised, so
 * either disassembler's spelling matches, and register allocation may differ), both hot paths must be
 * quoted, and at least one expensive instruction must be called out: named in the prose, or marked on
 * its line ({@code <==}, {@code <--}, a callout such as {@code <1>}).
 */
final class AsmQuotes {

    static final int MIN_QUOTES = 3;

    private static final Pattern DELIMITER = Pattern.compile("^(-{4,}|\\.{4,})\\s*$");
    private static final Pattern LEADING_ADDRESS = Pattern.compile("^\\s*(0x)?[0-9a-f]{6,}:\\s*");
    private static final Pattern LEADING_MARK = Pattern.compile("^\\s*\\[\\d+]\\s*");
    private static final Pattern CALLOUT = Pattern.compile("(<==|<--|<\\d+>|//|;|#).*$");
    private static final Pattern MNEMONIC_START = Pattern.compile("^(lock |rep[a-z]* )?[a-z][a-z0-9.]*(\\s|$)");

    private AsmQuotes() {}

    record Quote(String text, boolean markedOnLine) {}

    static CheckResult check(GateContext ctx, String id, String name, String answer, double points) {
        AsmListing listing;
        try {
            listing = AsmRun.current(ctx);
        } catch (AsmException e) {
            return new CheckResult(id, name, null, Status.ERROR, "could not generate the listing to check your quotes against: "
                    + e.getMessage(), null, 0, points, 0, Map.of());
        }
        List<Quote> quotes = quotes(answer);
        String prose = prose(answer).toLowerCase(Locale.ROOT);
        List<String> invented = new ArrayList<>();
        Set<String> pathsQuoted = new LinkedHashSet<>();
        List<String> calledOut = new ArrayList<>();
        for (Quote q : quotes) {
            String normal = Instruction.normalise(q.text());
            String shape = Instruction.shape(q.text());
            AsmListing.Insn match = null;
            for (AsmListing.HotPath p : listing.paths()) {
                for (AsmListing.Insn i : p.instructions()) {
                    if (i.normalised().equals(normal) || i.shape().equals(shape)) {
                        match = i;
                        pathsQuoted.add(p.id());
                        break;
                    }
                }
            }
            if (match == null) {
                invented.add(q.text());
            } else if (match.expensive() != null) {
                String mnemonic = new Instruction(match.address(), match.text(), List.of()).mnemonic();
                if (q.markedOnLine() || prose.contains(mnemonic)) {
                    calledOut.add(mnemonic);
                }
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("quotes", quotes.stream().map(Quote::text).toList());
        details.put("notInListing", invented);
        details.put("pathsQuoted", List.copyOf(pathsQuoted));
        details.put("calledOut", calledOut);
        details.put("listing", listing.backend() + "; " + listing.jdk() + " on " + listing.cpu());
        String where = "the listing ./kata asm " + listing.week() + (listing.source().equals("reference") ? " --reference" : "")
                + " generated (target/kata/asm/)";
        List<String> problems = new ArrayList<>();
        if (quotes.size() < MIN_QUOTES) {
            problems.add("quote at least " + MIN_QUOTES + " instructions in a listing block (----), copied from " + where
                    + "; found " + quotes.size());
        }
        if (!invented.isEmpty()) {
            problems.add(invented.size() + " quoted instruction" + (invented.size() == 1 ? " is" : "s are") + " not in " + where
                    + ": " + invented.stream().map(t -> "`" + t + "`").toList()
                    + " (quote what the JIT emitted for your code on this machine, not what you expect it to emit)");
        }
        List<String> missingPaths = listing.paths().stream().map(AsmListing.HotPath::id).filter(p -> !pathsQuoted.contains(p)).toList();
        if (!missingPaths.isEmpty() && invented.isEmpty()) {
            problems.add("quote from every hot path: nothing quoted from " + missingPaths);
        }
        if (calledOut.isEmpty()) {
            problems.add("call out the expensive instruction: quote it (e.g. a lock-prefixed one) and name it in your text,"
                    + " or mark its line with <==");
        }
        if (!problems.isEmpty()) {
            return new CheckResult(id, name, null, Status.FAILED, String.join("; ", problems), null, 0, points, 0, details);
        }
        String summary = quotes.size() + " quoted instructions, all in " + where + "; called out: " + String.join(", ", new LinkedHashSet<>(calledOut));
        return new CheckResult(id, name, null, Status.PASSED, summary, null, points, points, 0, details);
    }

    /** The instruction lines of the answer's listing blocks, cleaned of addresses, notes and callouts. */
    static List<Quote> quotes(String answer) {
        List<Quote> quotes = new ArrayList<>();
        boolean inBlock = false;
        for (String line : answer.split("\n")) {
            if (DELIMITER.matcher(line).matches()) {
                inBlock = !inBlock;
                continue;
            }
            if (!inBlock) {
                continue;
            }
            // a line copied from side-by-side.txt holds two instructions, separated by a wide gap
            int lineStart = quotes.size();
            for (String part : line.split("\\s{3,}")) {
                String t = LEADING_MARK.matcher(LEADING_ADDRESS.matcher(part).replaceFirst("")).replaceFirst("");
                boolean marked = t.contains("<==") || t.contains("<--") || t.matches(".*<\\d+>.*");
                t = CALLOUT.matcher(t).replaceFirst("").strip();
                String lower = t.toLowerCase(Locale.ROOT);
                if (!t.isEmpty() && MNEMONIC_START.matcher(lower).find()) {
                    quotes.add(new Quote(t, marked));
                } else if (marked && t.isEmpty() && !quotes.isEmpty() && lineStart < quotes.size()) {
                    // "insn   <== why": the wide gap split the callout from its instruction; it marks that one
                    Quote last = quotes.removeLast();
                    quotes.add(new Quote(last.text(), true));
                }
            }
        }
        return quotes;
    }

    /** The answer without its listing blocks. */
    static String prose(String answer) {
        StringBuilder sb = new StringBuilder();
        boolean inBlock = false;
        for (String line : answer.split("\n")) {
            if (DELIMITER.matcher(line).matches()) {
                inBlock = !inBlock;
            } else if (!inBlock) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }
}
