package org.ticktotrade.week06;

/**
 * When the writer asks the kernel to put its records on stable storage ({@code msync} of the mapped pages,
 * through {@code MappedByteBuffer.force}). Every record is in the page cache the moment {@code append}
 * returns, so it survives the process dying ({@code kill -9}, a crash): the kernel still holds the page.
 * Only a force makes it survive the machine dying (power loss, a kernel panic). Each policy promises which
 * records are in the second group, and {@link WalWriter#durableSequence()} says which ones exactly.
 */
public sealed interface ForcePolicy {

    /**
     * Force after every append: when {@code append} returns, its record is durable. The safest and the
     * slowest (one {@code msync} per record, tens of microseconds to milliseconds on real disks).
     */
    record EveryRecord() implements ForcePolicy {
    }

    /**
     * Force once per {@code records} appends: at most {@code records - 1} appended records are not yet
     * durable at any moment, and a fill may be acknowledged only once a later force covers it. Group
     * commit: one {@code msync} pays for the whole batch.
     */
    record EveryRecords(int records) implements ForcePolicy {
        public EveryRecords {
            if (records < 1) {
                throw new IllegalArgumentException("records must be at least 1, was " + records);
            }
        }
    }

    /**
     * Force when at least {@code micros} microseconds have passed since the last force, checked on every
     * append and by {@link WalWriter#forceIfDue()}, which the writer's thread calls from its idle loop. A
     * record is durable within about {@code micros} of its append only if the thread keeps doing one or the
     * other: a writer that stops calling both leaves its last records in the page cache.
     */
    record EveryInterval(long micros) implements ForcePolicy {
        public EveryInterval {
            if (micros < 1) {
                throw new IllegalArgumentException("micros must be at least 1, was " + micros);
            }
        }
    }

    /**
     * Never force on append: the kernel writes pages back when it likes (seconds, typically). Records survive
     * a process crash, not a power loss; only an explicit {@link WalWriter#force()}, a segment roll or
     * {@link WalWriter#close()} makes them durable. For tests, and for logs that a replica makes durable.
     */
    record Never() implements ForcePolicy {
    }
}
