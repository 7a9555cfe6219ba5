package org.ticktotrade.week05;

import java.util.List;

/** A gateway configuration that cannot start: every bad value, each on its own line, found at once. */
public final class ConfigException extends RuntimeException {

    private final List<String> problems;

    public ConfigException(String source, List<String> problems) {
        super("bad gateway configuration" + (source == null ? "" : " in " + source) + ":\n  "
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
