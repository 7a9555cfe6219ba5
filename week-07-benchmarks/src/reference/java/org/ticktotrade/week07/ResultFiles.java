package org.ticktotrade.week07;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * A run's results on disk: each histogram as an {@code .hgrm} percentile distribution (HdrHistogram's own text
 * format, in microseconds, which its online plotter and {@code HistogramLogProcessor} read), and the whole run
 * as JSON for the grader and the journal. JSON by hand: week code has no JSON library, and the shape is flat.
 */
public final class ResultFiles {

    private ResultFiles() {}

    /** Writes {@code histogram} (nanoseconds) as a percentile distribution in microseconds. */
    public static Path writeHgrm(Histogram histogram, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (PrintStream out = new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8)) {
                histogram.outputPercentileDistribution(out, 5, 1000.0); // 5 ticks per half-distance; ns -> us
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void writeJson(Map<String, ?> value, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, toJson(value, "") + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Maps, lists, strings, numbers, booleans and null, pretty-printed. */
    static String toJson(Object value, String indent) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            StringBuilder sb = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    default -> {
                        if (c < 0x20) {
                            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            return sb.append('"').toString();
        }
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? "null" : String.format(Locale.ROOT, "%.3f", d);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String inner = indent + "  ";
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                return "{}";
            }
            StringBuilder sb = new StringBuilder("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append(inner).append(toJson(String.valueOf(e.getKey()), inner)).append(": ").append(toJson(e.getValue(), inner));
                sb.append(++i < map.size() ? ",\n" : "\n");
            }
            return sb.append(indent).append('}').toString();
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return "[]";
            }
            StringBuilder sb = new StringBuilder("[\n");
            for (int i = 0; i < list.size(); i++) {
                sb.append(inner).append(toJson(list.get(i), inner)).append(i + 1 < list.size() ? ",\n" : "\n");
            }
            return sb.append(indent).append(']').toString();
        }
        return toJson(value.toString(), indent);
    }
}
