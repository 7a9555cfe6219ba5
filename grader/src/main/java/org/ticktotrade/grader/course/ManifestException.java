package org.ticktotrade.grader.course;

/** A week.toml that cannot be used: the message names the file and what is wrong with it. */
public final class ManifestException extends RuntimeException {
    public ManifestException(String message) {
        super(message);
    }

    public ManifestException(String message, Throwable cause) {
        super(message, cause);
    }
}
