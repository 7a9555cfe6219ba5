package org.ticktotrade.grader.instructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.ticktotrade.grader.model.Status;
import org.ticktotrade.grader.render.Style;

/** Small, self-contained HTML: escaped text, one inline style sheet, no script, no network. */
final class Html {

    private Html() {}

    static final String STYLE = """
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#1d1f23}
            h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
            .sub{color:#5b6270}table{border-collapse:collapse;width:100%;margin:.6rem 0}
            th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #eee;vertical-align:top}th{background:#f6f7f9}
            td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
            .PASSED,.INFO{color:#17733a;font-weight:600}.FAILED,.ERROR{color:#b3261e;font-weight:600}
            .INCONCLUSIVE{color:#9a6700;font-weight:600}.SKIPPED{color:#6b7280}
            pre{background:#f6f7f9;padding:.6rem;overflow:auto;white-space:pre-wrap;font-size:13px;margin:.3rem 0}
            .check{margin:.8rem 0;padding:.5rem .8rem;border-left:4px solid #b3261e;background:#fff8f7}
            .check.ok{border-color:#17733a;background:#f6fbf7}.msg{white-space:pre-wrap}
            .warn{background:#fff4d6;border:1px solid #e8c766;padding:.6rem .8rem;margin:1rem 0}
            .bar{display:inline-block;height:.9rem;background:#4a72c4;vertical-align:middle}
            details summary{cursor:pointer;color:#39558f}small{color:#6b7280}
            """;

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        b.append('?');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    static String status(Status s) {
        return "<span class=\"" + s.name() + "\">" + Style.word(s) + "</span>";
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
                + "<title>" + esc(title) + "</title><style>" + STYLE + "</style></head><body>\n" + body + "\n</body></html>\n";
    }

    static String points(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** Written to a temporary file beside it, then moved into place: never half a page. */
    static void writeAtomically(Path file, String content) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
