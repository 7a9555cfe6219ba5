package org.ticktotrade.grader.asm;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads HotSpot's {@code -XX:+PrintAssembly} text. With an hsdis plugin loaded, each method comes as a
 * {@code [Disassembly]} block of instructions; without one, as a {@code [MachCode]} block of hex, which
 * is handed to {@link Objdump}. HotSpot's own notes (bytecode positions, source lines, implicit null
 * checks) stay attached to the instruction they describe.
 */
public final class PrintAssemblyParser {

    private static final Pattern HEADER = Pattern.compile(
            "^Compiled method \\((c1|c2)\\)\\s+\\d+\\s+(\\d+)\\s+(%?)[^:]*?\\s(\\S+::\\S+)(?: @ \\d+)? \\(\\d+ bytes\\)");
    private static final Pattern INSN = Pattern.compile("^\\s+0x([0-9a-f]+):\\s+([^;\\s].*?)\\s*(;.*)?$");
    private static final Pattern NOTE = Pattern.compile("^\\s+;(.*)$");
    private static final Pattern HEX = Pattern.compile("^\\s+0x([0-9a-f]+): ((?:[0-9a-f]{2,4}\\s?\\|?\\s?)+)$");
    private static final Pattern HEX_NOTE = Pattern.compile("^\\s+0x([0-9a-f]+): ;(.*)$");

    /** How the instructions were decoded. */
    public enum Backend { HSDIS, OBJDUMP, NONE }

    public record Parsed(Backend backend, List<CompiledMethod> methods) {}

    private PrintAssemblyParser() {}

    /**
     * @param objdump  used for hex blocks; null when there is none (hex methods are then left without instructions)
     * @param scratch  where objdump's input files go
     */
    public static Parsed parse(String text, Path objdump, String arch, Path scratch) {
        List<CompiledMethod> methods = new ArrayList<>();
        Backend backend = Backend.NONE;
        String[] lines = text.split("\n");
        int i = 0;
        while (i < lines.length) {
            Matcher h = HEADER.matcher(lines[i]);
            if (!h.find()) {
                i++;
                continue;
            }
            String compiler = h.group(1);
            int id = Integer.parseInt(h.group(2));
            boolean osr = !h.group(3).isEmpty();
            String method = h.group(4);
            i++;
            while (i < lines.length && !lines[i].startsWith("[Disassembly]") && !lines[i].startsWith("[MachCode]")
                    && !HEADER.matcher(lines[i]).find()) {
                i++;
            }
            if (i >= lines.length || HEADER.matcher(lines[i]).find()) {
                continue;
            }
            boolean hex = lines[i].startsWith("[MachCode]");
            String end = hex ? "[/MachCode]" : "[/Disassembly]";
            List<String> block = new ArrayList<>();
            i++;
            while (i < lines.length && !lines[i].startsWith(end)) {
                block.add(lines[i]);
                i++;
            }
            if (hex) {
                backend = backend == Backend.HSDIS ? Backend.HSDIS : objdump == null ? Backend.NONE : Backend.OBJDUMP;
                methods.add(fromHex(method, compiler, id, osr, block, objdump, arch, scratch));
            } else {
                backend = Backend.HSDIS;
                methods.add(fromDisassembly(method, compiler, id, osr, block));
            }
        }
        return new Parsed(backend, methods);
    }

    private static CompiledMethod fromDisassembly(String method, String compiler, int id, boolean osr, List<String> block) {
        List<Instruction> insns = new ArrayList<>();
        List<String> listing = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String address = null;
        String text = null;
        for (String line : block) {
            if (line.startsWith("----") || line.isBlank()) {
                continue;
            }
            listing.add(line);
            Matcher m = INSN.matcher(line);
            Matcher n = NOTE.matcher(line);
            if (m.matches()) {
                if (text != null) {
                    insns.add(new Instruction(address, text, notes));
                }
                address = "0x" + m.group(1);
                text = m.group(2);
                notes = new ArrayList<>();
                if (m.group(3) != null) {
                    notes.add(m.group(3).substring(1).strip());
                }
            } else if (n.matches() && text != null) {
                notes.add(n.group(1).strip());
            }
        }
        if (text != null) {
            insns.add(new Instruction(address, text, notes));
        }
        return new CompiledMethod(method, compiler, id, osr, insns, listing);
    }

    private static CompiledMethod fromHex(String method, String compiler, int id, boolean osr, List<String> block,
                                          Path objdump, String arch, Path scratch) {
        // contiguous runs of bytes, and HotSpot's notes by address
        List<long[]> starts = new ArrayList<>();
        List<ByteArrayOutputStream> runs = new ArrayList<>();
        Map<String, List<String>> notesAt = new LinkedHashMap<>();
        List<String> header = new ArrayList<>();
        String lastNoteAddress = null;
        long next = -1;
        for (String line : block) {
            Matcher hn = HEX_NOTE.matcher(line);
            Matcher hx = HEX.matcher(line);
            Matcher n = NOTE.matcher(line);
            if (hn.matches()) {
                lastNoteAddress = "0x" + hn.group(1);
                notesAt.computeIfAbsent(lastNoteAddress, k -> new ArrayList<>()).add(hn.group(2).strip());
            } else if (hx.matches()) {
                long at = Long.parseUnsignedLong(hx.group(1), 16);
                byte[] bytes = HexFormat.of().parseHex(hx.group(2).replaceAll("[\\s|]", ""));
                if (at != next) {
                    starts.add(new long[] {at});
                    runs.add(new ByteArrayOutputStream());
                }
                runs.getLast().writeBytes(bytes);
                next = at + bytes.length;
                lastNoteAddress = null;
            } else if (n.matches() && lastNoteAddress != null) {
                notesAt.get(lastNoteAddress).add(n.group(1).strip());
            } else if (line.startsWith("[") || line.strip().startsWith("#")) {
                header.add(line);
            }
        }
        List<Instruction> insns = new ArrayList<>();
        if (objdump != null) {
            for (int r = 0; r < runs.size(); r++) {
                insns.addAll(Objdump.disassemble(objdump, runs.get(r).toByteArray(), starts.get(r)[0], arch, scratch));
            }
        }
        // attach each note to the instruction at its address (or the one before it)
        List<Instruction> withNotes = new ArrayList<>();
        List<String> listing = new ArrayList<>(header);
        for (Instruction insn : insns) {
            List<String> notes = notesAt.getOrDefault(canonical(insn.address()), List.of());
            withNotes.add(new Instruction(insn.address(), insn.text(), notes));
            listing.add("  " + insn.address() + ":   " + insn.text());
            notes.forEach(note -> listing.add("                              ; " + note));
        }
        return new CompiledMethod(method, compiler, id, osr, withNotes, listing);
    }

    private static String canonical(String address) {
        return "0x" + HexFormat.of().toHexDigits(Long.parseUnsignedLong(address.substring(2), 16));
    }
}
