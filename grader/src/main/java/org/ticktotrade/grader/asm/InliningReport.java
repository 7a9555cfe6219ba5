package org.ticktotrade.grader.asm;

import java.util.Comparator;
import java.util.List;
import org.ticktotrade.grader.course.WeekManifest;

/**
 * What JITWatch's inlining views show, as text: for each hot path's C2 compilation, the tree of calls
 * and what became of each (inlined and why, not inlined and why not, replaced by an intrinsic). The
 * machinery behind a VarHandle (java.lang.invoke) is folded into one line: it is always inlined when
 * the handle is a static final constant, and its dozen frames would drown the code that matters.
 */
public final class InliningReport {

    private InliningReport() {}

    public static String render(CompilationLog log, List<WeekManifest.AsmPath> paths) {
        StringBuilder sb = new StringBuilder("Inlining decisions of the hot paths' C2 compilations (from compilation.log)\n");
        for (WeekManifest.AsmPath p : paths) {
            CompilationLog.Task task = log.tasks().stream()
                    .filter(t -> t.method().equals(p.method()) && t.compiler().equals("c2") && !t.osr())
                    .max(Comparator.comparingInt(CompilationLog.Task::compileId)).orElse(null);
            sb.append('\n').append(p.id()).append(": ").append(p.title()).append('\n');
            if (task == null) {
                sb.append("  (no C2 compilation of ").append(p.method()).append(" in the log)\n");
                continue;
            }
            sb.append("  ").append(shortName(task.method())).append(" (").append(task.root().bytes)
                    .append(" bytes of bytecode), compile id ").append(task.compileId()).append('\n');
            for (CompilationLog.Inline child : task.root().children) {
                node(sb, child, 2);
            }
        }
        return sb.toString();
    }

    private static void node(StringBuilder sb, CompilationLog.Inline n, int depth) {
        String indent = "  ".repeat(depth);
        if (n.method.startsWith("java.lang.invoke.")) {
            int[] counts = count(n);
            sb.append(indent).append(n.decision).append("  ").append(shortName(n.method))
                    .append("  (VarHandle/MethodHandle plumbing: ").append(counts[0]).append(" frames, ")
                    .append(counts[1] == counts[0] ? "all inlined or intrinsic" : (counts[0] - counts[1]) + " NOT inlined")
                    .append(")\n");
            return;
        }
        sb.append(indent).append(String.format("%-12s", n.decision)).append(shortName(n.method));
        if (n.bytes >= 0) {
            sb.append(" (").append(n.bytes).append(" B)");
        }
        if (!n.reason.isEmpty()) {
            sb.append("  -- ").append(n.reason);
        }
        sb.append('\n');
        for (CompilationLog.Inline c : n.children) {
            node(sb, c, depth + 1);
        }
    }

    /** [all frames, frames inlined or intrinsic] below and including n. */
    private static int[] count(CompilationLog.Inline n) {
        int[] c = {1, n.decision.equals("not inlined") ? 0 : 1};
        for (CompilationLog.Inline child : n.children) {
            int[] cc = count(child);
            c[0] += cc[0];
            c[1] += cc[1];
        }
        return c;
    }

    private static String shortName(String method) {
        int colons = method.indexOf("::");
        String cls = colons < 0 ? method : method.substring(0, colons);
        String name = colons < 0 ? "" : method.substring(colons);
        return cls.substring(cls.lastIndexOf('.') + 1) + name;
    }
}
