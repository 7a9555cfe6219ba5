package org.ticktotrade.week05;

/**
 * The wire format, every number of it in one place: the header every message starts with, the three messages'
 * field offsets, the codes their one-byte fields may hold, and the UDP packet that carries execution reports.
 * Codecs, validator, gateway, tests and benchmarks all read these constants; nothing else spells an offset.
 *
 * <p>Every message has a fixed size, every multi-byte field is little-endian (the byte order of x86 and ARM,
 * so a load is a plain {@code mov}, no byte swap), and every 8-byte field sits at a multiple of 8 from the
 * message's start, so a message that starts 8-aligned never splits a long across a cache line. Prices are
 * whole ticks in a {@code long}; nothing on the wire is floating point.
 *
 * <p>The header is four bytes:
 * <pre>
 *  0  u16  length of the whole message in bytes, header included (the frame's length prefix on TCP)
 *  2  u8   message type
 *  3  u8   version of that message's layout
 * </pre>
 * The length comes first so the framing layer can cut a TCP byte stream into messages without knowing any
 * type, and the version sits beside the type so a layout can change without a new type number.
 */
public final class Wire {

    private Wire() {
    }

    // tag::header[]
    public static final int LENGTH_OFFSET = 0;       // u16: the whole message, header included
    public static final int TYPE_OFFSET = 2;         // u8
    public static final int VERSION_OFFSET = 3;      // u8
    public static final int HEADER_LENGTH = 4;

    public static final int VERSION = 1;             // the only layout of each message so far

    public static final int TYPE_NEW_ORDER = 1;
    public static final int TYPE_CANCEL_ORDER = 2;
    public static final int TYPE_EXECUTION_REPORT = 3;
    // end::header[]

    // tag::new-order[]
    /** NewOrder, client to gateway: 40 bytes. */
    public static final int NEW_ORDER_LENGTH = 40;
    public static final int NEW_ORDER_SIDE_OFFSET = 4;            // u8, SIDE_BUY or SIDE_SELL
    public static final int NEW_ORDER_TIME_IN_FORCE_OFFSET = 5;   // u8, TIF_DAY or TIF_IOC
    public static final int NEW_ORDER_RESERVED_OFFSET = 6;        // u16, must be zero
    public static final int NEW_ORDER_ORDER_ID_OFFSET = 8;        // i64
    public static final int NEW_ORDER_TRADER_ID_OFFSET = 16;      // i64
    public static final int NEW_ORDER_PRICE_OFFSET = 24;          // i64, ticks, > 0
    public static final int NEW_ORDER_QUANTITY_OFFSET = 32;       // i64, > 0
    // end::new-order[]

    // tag::cancel-order[]
    /** CancelOrder, client to gateway: 16 bytes. */
    public static final int CANCEL_ORDER_LENGTH = 16;
    public static final int CANCEL_ORDER_RESERVED_OFFSET = 4;     // u32, must be zero (keeps the id 8-aligned)
    public static final int CANCEL_ORDER_ORDER_ID_OFFSET = 8;     // i64
    // end::cancel-order[]

    // tag::execution-report[]
    /** ExecutionReport, engine to subscribers (UDP): 48 bytes. */
    public static final int EXECUTION_REPORT_LENGTH = 48;
    public static final int REPORT_EXEC_TYPE_OFFSET = 4;          // u8, EXEC_*
    public static final int REPORT_SIDE_OFFSET = 5;               // u8, SIDE_* (zero when the report has none)
    public static final int REPORT_REASON_OFFSET = 6;             // u8, a RejectCode (REJECTED) or CANCEL_* (CANCELLED)
    public static final int REPORT_RESERVED_OFFSET = 7;           // u8, zero
    public static final int REPORT_ORDER_ID_OFFSET = 8;           // i64, the order the report is about
    public static final int REPORT_COUNTER_ORDER_ID_OFFSET = 16;  // i64, the other side of a trade, else 0
    public static final int REPORT_PRICE_OFFSET = 24;             // i64, ticks: the trade's or the resting price
    public static final int REPORT_QUANTITY_OFFSET = 32;          // i64, traded, rested or cancelled quantity
    public static final int REPORT_LEAVES_OFFSET = 40;            // i64, what the order still has open after this
    // end::execution-report[]

    // tag::codes[]
    public static final int SIDE_BUY = 0;       // Side.BUY.ordinal()
    public static final int SIDE_SELL = 1;      // Side.SELL.ordinal()

    public static final int TIF_DAY = 0;        // OrderBook.add: trade what crosses, rest the remainder
    public static final int TIF_IOC = 1;        // OrderBook.match: trade what crosses, cancel the remainder

    public static final int EXEC_RESTED = 1;
    public static final int EXEC_TRADE = 2;     // one report per party: the taker's and the maker's
    public static final int EXEC_CANCELLED = 3;
    public static final int EXEC_REJECTED = 4;

    public static final int CANCEL_REQUESTED = 1;
    public static final int CANCEL_SELF_TRADE = 2;
    public static final int CANCEL_IMMEDIATE_OR_CANCEL = 3;
    // end::codes[]

    // tag::packet[]
    /**
     * The UDP packet of execution reports: a 16-byte header, then {@code count} reports back to back.
     * <pre>
     *  0  i64  sequence number of this packet: 1, 2, 3, ... with no gap; a subscriber that sees 7 after 5 lost 6
     *  8  u16  how many reports follow
     * 10  ...  reserved, zero
     * </pre>
     * 24 reports make 1,168 bytes: under the 1,472 bytes of UDP payload an Ethernet frame of 1,500 carries,
     * so a packet is never fragmented on a real network (a lost fragment loses the whole datagram).
     */
    public static final int PACKET_SEQUENCE_OFFSET = 0;
    public static final int PACKET_COUNT_OFFSET = 8;
    public static final int PACKET_HEADER_LENGTH = 16;
    public static final int MAX_REPORTS_PER_PACKET = 24;
    public static final int MAX_PACKET_LENGTH = PACKET_HEADER_LENGTH + MAX_REPORTS_PER_PACKET * EXECUTION_REPORT_LENGTH;
    // end::packet[]

    /** The largest fixed message: a frame longer than this cannot be any message of this version. */
    public static final int LARGEST_MESSAGE = EXECUTION_REPORT_LENGTH;
}
