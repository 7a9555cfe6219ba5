package org.ticktotrade.week06;

import java.nio.file.Path;

/**
 * A segment file that is not a segment of this log format: wrong magic, another format version, a header
 * whose CRC does not match. Recovery refuses to go on rather than treat the file as a torn tail, because
 * "repairing" a file that is not ours (or is ours but from a newer release) would destroy a good log.
 */
public final class WalFormatException extends WalException {

    public WalFormatException(Path file, String message) {
        super(file, message);
    }
}
