package org.ticktotrade.week06;

import java.nio.file.Path;

/**
 * The log cannot be used as asked: a directory that is not there or not writable, a file that cannot be
 * created or mapped. The message always names the path, because "permission denied" alone sends an operator
 * hunting through every mount the engine touches.
 */
public class WalException extends RuntimeException {

    private final Path path;

    public WalException(Path path, String message, Throwable cause) {
        super(path + ": " + message, cause);
        this.path = path;
    }

    public WalException(Path path, String message) {
        this(path, message, null);
    }

    /** The file or directory the problem is about. */
    public Path path() {
        return path;
    }
}
