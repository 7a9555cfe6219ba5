package org.ticktotrade.grader.render;

import org.ticktotrade.grader.model.Status;

/** ANSI colour on a terminal, nothing at all otherwise (pipes, files, CI logs, NO_COLOR). */
public record Style(boolean colour) {

    public static Style detect() {
        return new Style(isTerminal() && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM")));
    }

    public static Style plain() {
        return new Style(false);
    }

    /** JDK 22+: a console exists even when piped; isTerminal says whether it really is one. */
    public static boolean isTerminal() {
        return System.console() != null && System.console().isTerminal();
    }

    public String bold(String s) {
        return wrap("1", s);
    }

    public String dim(String s) {
        return wrap("2", s);
    }

    public String status(Status status) {
        String word = word(status);
        return switch (status) {
            case PASSED -> wrap("32", word);
            case FAILED, ERROR -> wrap("31;1", word);
            case INCONCLUSIVE -> wrap("33;1", word);
            case SKIPPED -> wrap("2", word);
            case INFO -> wrap("36", word);
        };
    }

    public static String word(Status status) {
        return switch (status) {
            case PASSED -> "PASS";
            case FAILED -> "FAIL";
            case ERROR -> "ERROR";
            case INCONCLUSIVE -> "INCONCLUSIVE";
            case SKIPPED -> "SKIP";
            case INFO -> "INFO";
        };
    }

    private String wrap(String code, String s) {
        return colour ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
