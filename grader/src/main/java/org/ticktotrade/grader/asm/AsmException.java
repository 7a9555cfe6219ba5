package org.ticktotrade.grader.asm;

/** The assembly step could not produce a listing; the message says why and what to do. */
public final class AsmException extends RuntimeException {
    public AsmException(String message) {
        super(message);
    }
}
