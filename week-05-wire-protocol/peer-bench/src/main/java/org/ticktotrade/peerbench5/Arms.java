package org.ticktotrade.peerbench5;

import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.infra.Blackhole;
import org.ticktotrade.peerbench5.sbe.CancelOrderDecoder;
import org.ticktotrade.peerbench5.sbe.CancelOrderEncoder;
import org.ticktotrade.peerbench5.sbe.ExecutionReportDecoder;
import org.ticktotrade.peerbench5.sbe.ExecutionReportEncoder;
import org.ticktotrade.peerbench5.sbe.NewOrderDecoder;
import org.ticktotrade.peerbench5.sbe.NewOrderEncoder;
import org.ticktotrade.peerbench5.sbe.WireHeaderDecoder;
import org.ticktotrade.peerbench5.sbe.WireHeaderEncoder;
import org.ticktotrade.week05.CancelOrderCodec;
import org.ticktotrade.week05.ExecutionReportCodec;
import org.ticktotrade.week05.MessageHeader;
import org.ticktotrade.week05.NewOrderCodec;
import org.ticktotrade.week05.Wire;

/**
 * The arms, as plain methods that the JMH classes call (so two benchmark classes with different JVM flags share one
 * copy of them). One arm is one message encoded at offset 0 of a 64-byte direct buffer, header included, then read
 * back as a receiver would: the header's three fields, then the flyweight wrapped on the body and every field the
 * course's codec exposes, each handed to the Blackhole. The values come from tables of 1,024 varied messages, so
 * nothing folds to a constant; the course's and SBE's arms walk the same tables.
 *
 * <p>Every arm and encode method is forced inline ({@link CompilerControl}): without it C2 sometimes compiled an arm
 * on its own first and then called it out of line from JMH's loop ("already compiled into a big method"), for some
 * arms and not others, which timed the harness rather than the codec.
 *
 * <p>The course's codecs run over a {@link ByteBuffer#allocateDirect direct ByteBuffer} (as in week 05's
 * CodecBench), SBE's over an Agrona {@link UnsafeBuffer} wrapping another direct ByteBuffer of the same size: the
 * same kind of off-heap memory, each codec reaching it its own way (VarHandle views against Unsafe).
 */
final class Arms {

    static final int MESSAGES = 1024;
    static final int BUFFER_BYTES = 64;

    // the values: one row per message, the same rows for both codecs
    final long[] orderIds = new long[MESSAGES];
    final long[] traderIds = new long[MESSAGES];
    final long[] counterOrderIds = new long[MESSAGES];
    final long[] prices = new long[MESSAGES];
    final long[] quantities = new long[MESSAGES];
    final long[] leaves = new long[MESSAGES];
    final int[] sides = new int[MESSAGES];
    final int[] timesInForce = new int[MESSAGES];
    final int[] execTypes = new int[MESSAGES];
    final int[] reasons = new int[MESSAGES];
    private int cursor;

    // the course's flyweights: one to write, one to read, as a sender and a receiver would each have
    final ByteBuffer courseBuffer = ByteBuffer.allocateDirect(BUFFER_BYTES);
    private final NewOrderCodec courseNewOrderOut = new NewOrderCodec();
    private final NewOrderCodec courseNewOrderIn = new NewOrderCodec();
    private final CancelOrderCodec courseCancelOut = new CancelOrderCodec();
    private final CancelOrderCodec courseCancelIn = new CancelOrderCodec();
    private final ExecutionReportCodec courseReportOut = new ExecutionReportCodec();
    private final ExecutionReportCodec courseReportIn = new ExecutionReportCodec();

    // SBE's: it generates an encoder and a decoder per message, and one of each for the header
    final UnsafeBuffer sbeBuffer = new UnsafeBuffer(ByteBuffer.allocateDirect(BUFFER_BYTES));
    private final WireHeaderEncoder sbeHeaderOut = new WireHeaderEncoder();
    private final WireHeaderDecoder sbeHeaderIn = new WireHeaderDecoder();
    private final NewOrderEncoder sbeNewOrderOut = new NewOrderEncoder();
    private final NewOrderDecoder sbeNewOrderIn = new NewOrderDecoder();
    private final CancelOrderEncoder sbeCancelOut = new CancelOrderEncoder();
    private final CancelOrderDecoder sbeCancelIn = new CancelOrderDecoder();
    private final ExecutionReportEncoder sbeReportOut = new ExecutionReportEncoder();
    private final ExecutionReportDecoder sbeReportIn = new ExecutionReportDecoder();

    Arms() {
        SplittableRandom r = new SplittableRandom(5);
        for (int k = 0; k < MESSAGES; k++) {
            orderIds[k] = r.nextLong();
            traderIds[k] = r.nextInt(1, 1000);
            counterOrderIds[k] = r.nextLong();
            prices[k] = r.nextLong(1, 1_000_000);
            quantities[k] = r.nextLong(1, 10_000);
            leaves[k] = r.nextLong(0, 10_000);
            sides[k] = r.nextInt(2);
            timesInForce[k] = r.nextInt(2);
            execTypes[k] = r.nextInt(Wire.EXEC_RESTED, Wire.EXEC_REJECTED + 1);
            reasons[k] = r.nextInt(4);
        }
    }

    int next() {
        return cursor++ & (MESSAGES - 1);
    }

    // ---- NewOrder -----------------------------------------------------------------------------------------

    // tag::course-new-order[]
    @CompilerControl(CompilerControl.Mode.INLINE)
    void courseNewOrder(Blackhole bh) {
        final int k = next();
        encodeCourseNewOrder(k);
        bh.consume(MessageHeader.length(courseBuffer, 0));
        bh.consume(MessageHeader.type(courseBuffer, 0));
        bh.consume(MessageHeader.version(courseBuffer, 0));
        final NewOrderCodec in = courseNewOrderIn.wrap(courseBuffer, 0);
        bh.consume(in.side());
        bh.consume(in.timeInForce());
        bh.consume(in.reserved());
        bh.consume(in.orderId());
        bh.consume(in.traderId());
        bh.consume(in.price());
        bh.consume(in.quantity());
    }
    // end::course-new-order[]

    @CompilerControl(CompilerControl.Mode.INLINE)
    void encodeCourseNewOrder(int k) {
        courseNewOrderOut.wrap(courseBuffer, 0)
                .encode(orderIds[k], traderIds[k], sides[k], timesInForce[k], prices[k], quantities[k]);
    }

    // tag::sbe-new-order[]
    @CompilerControl(CompilerControl.Mode.INLINE)
    void sbeNewOrder(Blackhole bh) {
        final int k = next();
        encodeSbeNewOrder(k);
        final WireHeaderDecoder header = sbeHeaderIn.wrap(sbeBuffer, 0);
        final int blockLength = header.blockLength();
        final short version = header.version();
        bh.consume(blockLength);
        bh.consume(header.templateId());
        bh.consume(version);
        final NewOrderDecoder in = sbeNewOrderIn.wrap(sbeBuffer, WireHeaderDecoder.ENCODED_LENGTH, blockLength, version);
        bh.consume(in.side());
        bh.consume(in.timeInForce());
        bh.consume(in.reserved());
        bh.consume(in.orderId());
        bh.consume(in.traderId());
        bh.consume(in.price());
        bh.consume(in.quantity());
    }
    // end::sbe-new-order[]

    // tag::sbe-new-order-encode[]
    @CompilerControl(CompilerControl.Mode.INLINE)
    void encodeSbeNewOrder(int k) {
        sbeNewOrderOut.wrapAndApplyHeader(sbeBuffer, 0, sbeHeaderOut)
                .side((short) sides[k])
                .timeInForce((short) timesInForce[k])
                .reserved(0)
                .orderId(orderIds[k])
                .traderId(traderIds[k])
                .price(prices[k])
                .quantity(quantities[k]);
    }
    // end::sbe-new-order-encode[]

    // ---- CancelOrder --------------------------------------------------------------------------------------

    @CompilerControl(CompilerControl.Mode.INLINE)
    void courseCancelOrder(Blackhole bh) {
        final int k = next();
        encodeCourseCancelOrder(k);
        bh.consume(MessageHeader.length(courseBuffer, 0));
        bh.consume(MessageHeader.type(courseBuffer, 0));
        bh.consume(MessageHeader.version(courseBuffer, 0));
        final CancelOrderCodec in = courseCancelIn.wrap(courseBuffer, 0);
        bh.consume(in.reserved());
        bh.consume(in.orderId());
    }

    @CompilerControl(CompilerControl.Mode.INLINE)
    void encodeCourseCancelOrder(int k) {
        courseCancelOut.wrap(courseBuffer, 0).encode(orderIds[k]);
    }

    @CompilerControl(CompilerControl.Mode.INLINE)
    void sbeCancelOrder(Blackhole bh) {
        final int k = next();
        encodeSbeCancelOrder(k);
        final WireHeaderDecoder header = sbeHeaderIn.wrap(sbeBuffer, 0);
        final int blockLength = header.blockLength();
        final short version = header.version();
        bh.consume(blockLength);
        bh.consume(header.templateId());
        bh.consume(version);
        final CancelOrderDecoder in = sbeCancelIn.wrap(sbeBuffer, WireHeaderDecoder.ENCODED_LENGTH, blockLength, version);
        bh.consume(in.reserved());
        bh.consume(in.orderId());
    }

    @CompilerControl(CompilerControl.Mode.INLINE)
    void encodeSbeCancelOrder(int k) {
        sbeCancelOut.wrapAndApplyHeader(sbeBuffer, 0, sbeHeaderOut)
                .reserved(0)
                .orderId(orderIds[k]);
    }

    // ---- ExecutionReport ----------------------------------------------------------------------------------

    @CompilerControl(CompilerControl.Mode.INLINE)
    void courseExecutionReport(Blackhole bh) {
        final int k = next();
        encodeCourseExecutionReport(k);
        bh.consume(MessageHeader.length(courseBuffer, 0));
        bh.consume(MessageHeader.type(courseBuffer, 0));
        bh.consume(MessageHeader.version(courseBuffer, 0));
        final ExecutionReportCodec in = courseReportIn.wrap(courseBuffer, 0);
        bh.consume(in.execType());
        bh.consume(in.side());
        bh.consume(in.reason());
        bh.consume(in.orderId());
        bh.consume(in.counterOrderId());
        bh.consume(in.price());
        bh.consume(in.quantity());
        bh.consume(in.leavesQuantity());
    }

    @CompilerControl(CompilerControl.Mode.INLINE)
    void encodeCourseExecutionReport(int k) {
        courseReportOut.wrap(courseBuffer, 0).encode(execTypes[k], sides[k], reasons[k], orderIds[k],
                counterOrderIds[k], prices[k], quantities[k], leaves[k]);
    }

    @CompilerControl(CompilerControl.Mode.INLINE)
    void sbeExecutionReport(Blackhole bh) {
        final int k = next();
        encodeSbeExecutionReport(k);
        final WireHeaderDecoder header = sbeHeaderIn.wrap(sbeBuffer, 0);
        final int blockLength = header.blockLength();
        final short version = header.version();
        bh.consume(blockLength);
        bh.consume(header.templateId());
        bh.consume(version);
        final ExecutionReportDecoder in = sbeReportIn.wrap(sbeBuffer, WireHeaderDecoder.ENCODED_LENGTH, blockLength, version);
        bh.consume(in.execType());
        bh.consume(in.side());
        bh.consume(in.reason());
        bh.consume(in.orderId());
        bh.consume(in.counterOrderId());
        bh.consume(in.price());
        bh.consume(in.quantity());
        bh.consume(in.leavesQuantity());
    }

    @CompilerControl(CompilerControl.Mode.INLINE)
    void encodeSbeExecutionReport(int k) {
        sbeReportOut.wrapAndApplyHeader(sbeBuffer, 0, sbeHeaderOut)
                .execType((short) execTypes[k])
                .side((short) sides[k])
                .reason((short) reasons[k])
                .reserved((short) 0)
                .orderId(orderIds[k])
                .counterOrderId(counterOrderIds[k])
                .price(prices[k])
                .quantity(quantities[k])
                .leavesQuantity(leaves[k]);
    }

    // ---- for SameBytes: the decoders, read outside JMH -------------------------------------------------------

    NewOrderDecoder sbeNewOrderDecoder() {
        return sbeNewOrderIn.wrap(sbeBuffer, WireHeaderDecoder.ENCODED_LENGTH, NewOrderDecoder.BLOCK_LENGTH,
                NewOrderDecoder.SCHEMA_VERSION);
    }

    CancelOrderDecoder sbeCancelOrderDecoder() {
        return sbeCancelIn.wrap(sbeBuffer, WireHeaderDecoder.ENCODED_LENGTH, CancelOrderDecoder.BLOCK_LENGTH,
                CancelOrderDecoder.SCHEMA_VERSION);
    }

    ExecutionReportDecoder sbeExecutionReportDecoder() {
        return sbeReportIn.wrap(sbeBuffer, WireHeaderDecoder.ENCODED_LENGTH, ExecutionReportDecoder.BLOCK_LENGTH,
                ExecutionReportDecoder.SCHEMA_VERSION);
    }
}
