package org.ticktotrade.grader.asm;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One machine instruction of a JIT-compiled method, with the notes HotSpot printed after it (bytecode
 * positions, source lines, oop maps).
 *
 * <p>Two normal forms make quotes comparable across disassemblers and runs. {@link #normalise} lowers the
 * case, drops spacing inside operands and replaces absolute addresses (they change every run), so
 * Capstone's {@code lock cmpxchg dword ptr [r12 + r8*8 + 0x18], r11d} and objdump's
 * {@code lock cmpxchg DWORD PTR [r12+r8*8+0x18],r11d} are the same. {@link #shape} also replaces
 * register names, so a quote still matches when another machine allocated registers differently, while
 * the mnemonic, the operand structure and the field offsets must still be right.
 */
public record Instruction(String address, String text, List<String> notes) {

    private static final Pattern ADDRESS = Pattern.compile("\\b0x[0-9a-f]{9,}\\b");
    private static final Pattern OBJDUMP_SYMBOL = Pattern.compile("<[^>]*>");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])(0x[0-9a-f]+|[0-9]+)(?!\\w)");
    private static final Pattern SPACED_PUNCTUATION = Pattern.compile("\\s*([,\\[\\]+*:-])\\s*");
    private static final Pattern X86_REGISTER = Pattern.compile(
            "\\b(r(?:[0-9]|1[0-5])[dwb]?|[re]?[abcd]x|[abcd][lh]|[re]?(?:si|di|sp|bp|ip)|(?:si|di|sp|bp)l|[xyz]mm[0-9]{1,2})\\b");
    private static final Pattern ARM64_REGISTER = Pattern.compile("\\b([xw](?:[0-9]|[12][0-9]|30)|[xw]zr|sp|lr|fp|[vqdsbh][0-9]{1,2})\\b");

    public Instruction {
        notes = List.copyOf(notes);
    }

    public String mnemonic() {
        String n = normalise(text);
        int space = n.indexOf(' ');
        String first = space < 0 ? n : n.substring(0, space);
        if ((first.equals("lock") || first.startsWith("rep")) && space > 0) {
            int next = n.indexOf(' ', space + 1);
            return n.substring(0, next < 0 ? n.length() : next);
        }
        return first;
    }

    public String normalised() {
        return normalise(text);
    }

    public String shape() {
        return shape(text);
    }

    public static String normalise(String raw) {
        String t = raw.toLowerCase(Locale.ROOT);
        t = OBJDUMP_SYMBOL.matcher(t).replaceAll("");
        t = t.replace('\t', ' ').strip().replaceAll("\\s+", " ");
        t = SPACED_PUNCTUATION.matcher(t).replaceAll("$1");
        // one spelling per number (Capstone prints small immediates in decimal, objdump in hex)
        t = NUMBER.matcher(t).replaceAll(m -> "0x" + Long.toHexString(m.group(1).startsWith("0x")
                ? Long.parseUnsignedLong(m.group(1).substring(2), 16) : Long.parseLong(m.group(1))));
        // objdump spells out a scale of 1 and a zero displacement; Capstone leaves them out
        t = t.replace("*0x1]", "]").replace("*0x1+", "+").replace("+0x0]", "]");
        return ADDRESS.matcher(t).replaceAll("<addr>");
    }

    public static String shape(String raw) {
        String n = normalise(raw);
        int space = n.indexOf(' ');
        if (space < 0) {
            return n;
        }
        // keep the mnemonic (and a lock/rep prefix) as is; rename registers in the operands only
        String head = n.substring(0, space);
        String rest = n.substring(space);
        if (head.equals("lock") || head.startsWith("rep")) {
            int next = n.indexOf(' ', space + 1);
            if (next > 0) {
                head = n.substring(0, next);
                rest = n.substring(next);
            }
        }
        rest = X86_REGISTER.matcher(rest).replaceAll("R");
        rest = ARM64_REGISTER.matcher(rest).replaceAll("R");
        return head + rest;
    }
}
