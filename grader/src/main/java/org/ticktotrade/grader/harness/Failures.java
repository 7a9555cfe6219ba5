package org.ticktotrade.grader.harness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a throwable into what a learner needs: type, message, the TODO it hit, the frames in course code. */
final class Failures {

    static final String TODO_PREFIX = "TODO(kata)";

    private Failures() {}

    static Map<String, Object> describe(Throwable t, String coursePackagePrefix) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("exception", t.getClass().getName());
        m.put("message", String.valueOf(t.getMessage()));
        String todo = todo(t);
        if (todo != null) {
            m.put("todo", todo);
        }
        List<String> frames = new ArrayList<>();
        List<String> causes = new ArrayList<>();
        for (Throwable c = t; c != null && causes.size() < 5; c = c.getCause()) {
            if (c != t) {
                causes.add(c.getClass().getName() + ": " + c.getMessage());
            }
            for (StackTraceElement e : c.getStackTrace()) {
                if (e.getClassName().startsWith(coursePackagePrefix) && frames.size() < 8) {
                    frames.add(e.getClassName() + "." + e.getMethodName() + "(" + e.getFileName() + ":" + e.getLineNumber() + ")");
                }
            }
        }
        m.put("frames", frames);
        m.put("causes", causes);
        return m;
    }

    /** The TODO message of an untouched starter region, if that is what this failure comes down to. */
    static String todo(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof UnsupportedOperationException && c.getMessage() != null
                    && c.getMessage().startsWith(TODO_PREFIX)) {
                return c.getMessage();
            }
            for (Throwable s : c.getSuppressed()) {
                String inner = todo(s);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
