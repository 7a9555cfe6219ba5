package org.ticktotrade.week06;

/** Why a recovery scan stopped where it did. Every reason but END_OF_LOG means the tail after it is torn. */
public enum StopReason {
    /** A zero length with a zero header after it in the newest segment: nothing was ever written here. */
    END_OF_LOG,
    /** A zero length but a non-zero sequence or CRC: a record whose commit marker never landed (or was hit). */
    UNCOMMITTED_RECORD,
    /** A length that cannot be: negative, or running past the segment's capacity. */
    TORN_LENGTH,
    /** The file ends inside a record header (it is shorter than the capacity its segment header declares). */
    TRUNCATED_HEADER,
    /** The file ends inside the payload the length announces. */
    TRUNCATED_PAYLOAD,
    /** The stored CRC32C does not match the record's bytes. */
    CRC_MISMATCH,
    /** A whole, checked record (or a segment) whose sequence is not the next one expected. */
    SEQUENCE_GAP,
    /** A segment file shorter than its 64-byte header: its creation was interrupted. */
    TRUNCATED_SEGMENT_HEADER
}
