package org.ticktotrade.grader.asm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * HotSpot's {@code -XX:+LogCompilation} file (the one JITWatch opens), read with the JDK's StAX parser:
 * the VM's text output (where PrintAssembly writes, when {@code -XX:+LogVMOutput} sends it here) and,
 * for every compile task, the inlining tree: which calls were inlined, which were not, and why.
 */
public final class CompilationLog {

    /** A call site in a compiled method: inlined (with HotSpot's reason) or not (with why not). */
    public static final class Inline {
        public final String method;
        public final int bytes;
        public String decision = "call";
        public String reason = "";
        public final List<Inline> children = new ArrayList<>();

        Inline(String method, int bytes) {
            this.method = method;
            this.bytes = bytes;
        }
    }

    /** One compilation of one method. */
    public record Task(int compileId, String method, boolean osr, String compiler, Inline root) {}

    private final String vmText;
    private final List<Task> tasks;

    private CompilationLog(String vmText, List<Task> tasks) {
        this.vmText = vmText;
        this.tasks = List.copyOf(tasks);
    }

    public String vmText() {
        return vmText;
    }

    public List<Task> tasks() {
        return tasks;
    }

    public static CompilationLog read(Path file) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        StringBuilder tty = new StringBuilder();
        List<Task> tasks = new ArrayList<>();
        Map<String, String> klasses = new HashMap<>();
        Map<String, String[]> methods = new HashMap<>();
        Deque<Inline> stack = new ArrayDeque<>();
        Inline pending = null;
        boolean rootPending = false;
        int depthInTty = 0;
        int taskId = -1;
        String taskMethod = null;
        boolean taskOsr = false;
        String compiler = "c2";
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("tty")) {
                        depthInTty++;
                    }
                    switch (name) {
                        case "compilation_log" -> compiler = "c2";
                        case "task" -> {
                            taskId = intAttr(r, "compile_id");
                            taskMethod = javaName(r.getAttributeValue(null, "method"));
                            taskOsr = r.getAttributeValue(null, "osr_bci") != null;
                            String level = r.getAttributeValue(null, "level");
                            compiler = level == null || level.equals("4") ? "c2" : "c1";
                            stack.clear();
                            stack.push(new Inline(taskMethod, intAttr(r, "bytes")));
                            rootPending = true;
                            pending = null;
                        }
                        case "klass" -> klasses.put(r.getAttributeValue(null, "id"),
                                r.getAttributeValue(null, "name").replace('/', '.'));
                        case "method" -> methods.put(r.getAttributeValue(null, "id"), new String[] {
                                r.getAttributeValue(null, "holder"), r.getAttributeValue(null, "name"),
                                r.getAttributeValue(null, "bytes")});
                        case "call" -> {
                            if (!stack.isEmpty()) {
                                pending = new Inline(methodName(methods, klasses, r.getAttributeValue(null, "method")),
                                        methodBytes(methods, r.getAttributeValue(null, "method")));
                                stack.peek().children.add(pending);
                            }
                        }
                        case "inline_success" -> {
                            if (pending != null) {
                                pending.decision = "inlined";
                                pending.reason = String.valueOf(r.getAttributeValue(null, "reason"));
                            }
                        }
                        case "inline_fail" -> {
                            if (pending != null) {
                                pending.decision = "not inlined";
                                pending.reason = String.valueOf(r.getAttributeValue(null, "reason"));
                            }
                        }
                        case "intrinsic" -> {
                            if (pending != null) {
                                pending.decision = "intrinsic";
                                pending.reason = String.valueOf(r.getAttributeValue(null, "id"));
                            }
                        }
                        case "parse" -> {
                            // The task's first <parse> is the compiled method itself; every later one is
                            // the body of the callee whose <call> was just inlined.
                            if (rootPending) {
                                rootPending = false;
                            } else if (!stack.isEmpty()) {
                                Inline body = pending != null ? pending
                                        : new Inline(methodName(methods, klasses, r.getAttributeValue(null, "method")), -1);
                                if (pending == null) {
                                    stack.peek().children.add(body);
                                }
                                stack.push(body);
                            }
                            pending = null;
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("tty")) {
                        depthInTty--;
                    } else if (name.equals("parse") && stack.size() > 1) {
                        stack.pop();
                    } else if (name.equals("task") && taskMethod != null && !stack.isEmpty()) {
                        tasks.add(new Task(taskId, taskMethod, taskOsr, compiler, stack.peekLast()));
                        taskMethod = null;
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && depthInTty > 0) {
                    tty.append(r.getText());
                }
            }
            r.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(file + " is not a complete LogCompilation file: " + e.getMessage(), e);
        }
        return new CompilationLog(tty.toString(), tasks);
    }

    /** "pkg/Class name (sig)" to "pkg.Class::name". */
    static String javaName(String logName) {
        if (logName == null) {
            return "?";
        }
        String[] parts = logName.split(" ");
        return parts[0].replace('/', '.') + "::" + (parts.length > 1 ? parts[1] : "?");
    }

    private static String methodName(Map<String, String[]> methods, Map<String, String> klasses, String id) {
        String[] m = methods.get(id);
        if (m == null) {
            return "method " + id;
        }
        return klasses.getOrDefault(m[0], "?") + "::" + m[1];
    }

    private static int methodBytes(Map<String, String[]> methods, String id) {
        String[] m = methods.get(id);
        return m == null || m[2] == null ? -1 : Integer.parseInt(m[2]);
    }

    private static int intAttr(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        return v == null ? -1 : Integer.parseInt(v);
    }
}
