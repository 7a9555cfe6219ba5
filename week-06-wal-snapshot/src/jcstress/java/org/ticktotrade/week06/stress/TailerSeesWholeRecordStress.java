package org.ticktotrade.week06.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import org.ticktotrade.week06.RecordCodec;

/**
 * A writer appends one record while a tailer reads the same buffer (a direct buffer: the same memory
 * semantics as a mapped segment, without a file per sample). A tailer that sees a non-zero length must see
 * the whole payload and a CRC that matches it: the writer's release store of the length, after the payload
 * and the CRC, pairs with the tailer's acquire load. With a plain store of the length the tailer may see the
 * length before the bytes it announces.
 */
@JCStressTest
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "The tailer looked before the record was committed.")
@Outcome(id = "24, 1", expect = ACCEPTABLE, desc = "The tailer saw the committed record, whole, with its CRC.")
@Outcome(id = "24, 0", expect = FORBIDDEN, desc = "The length was visible before the payload or the CRC: store it last, with setRelease, and read it with getAcquire.")
@Outcome(expect = FORBIDDEN, desc = "A length nobody wrote.")
@State
public class TailerSeesWholeRecordStress {

    private final ByteBuffer segment = ByteBuffer.allocateDirect(64).order(ByteOrder.LITTLE_ENDIAN);
    private final RecordCodec writerCodec = new RecordCodec(segment);
    private final RecordCodec tailerCodec = new RecordCodec(segment);
    private final ByteBuffer payload = ByteBuffer.allocate(24);

    public TailerSeesWholeRecordStress() {
        for (int i = 0; i < 24; i++) {
            payload.put(i, (byte) (i + 1));
        }
    }

    @Actor
    public void writer() {
        writerCodec.write(0, 1, payload);
    }

    @Actor
    public void tailer(II_Result r) {
        int length = tailerCodec.lengthAcquire(0);
        r.r1 = length;
        if (length == 24) {
            boolean whole = tailerCodec.sequence(0) == 1;
            for (int i = 0; i < 24; i++) {
                whole &= segment.get(RecordCodec.HEADER_BYTES + i) == (byte) (i + 1);
            }
            r.r2 = whole && tailerCodec.crcMatches(0, length) ? 1 : 0;
        }
    }
}
