package org.ticktotrade.capstone.peer;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ticktotrade.capstone.InstrumentBook;
import org.ticktotrade.capstone.TradeEvents;
import org.ticktotrade.week02.CancelReason;
import org.ticktotrade.week02.RejectReason;
import org.ticktotrade.week02.Side;

/**
 * The seeded command stream both engines replay: one flat array per field, so replaying it allocates nothing.
 *
 * <p>The mix is the capstone test's {@code CommandMix} narrowed to what both engines mean the same way: GTC and
 * IOC limit orders (half each) at the instrument's reference price plus or minus 8 ticks, quantities 1 to 40, and
 * cancels (one command in five) of orders that still rest. Two things keep both engines on the same trades:
 * accounts buy or sell, never both (the first half of the accounts only buy, the second half only sell), so no
 * order ever meets its own account's resting order and the capstone's self-trade prevention never acts
 * (exchange-core has none); and every price lies inside the capstone's band, so no order is refused.
 *
 * <p>A generator-side {@link InstrumentBook} per instrument says which orders still rest, so a cancel always
 * names a resting order and its owner, and each book is held to at most {@code depth} resting orders (a cancel is
 * forced past that). The stream ends by cancelling everything still resting, so every pass leaves the books
 * empty and the same stream can be replayed on the same engines again and again.
 */
final class CommandStream {

    static final byte GTC = 0;
    static final byte IOC = 1;
    static final byte CANCEL = 2;

    final int size;
    final int instruments;
    final int accounts;
    final byte[] kind;
    final byte[] instrument;
    final byte[] account;
    final boolean[] buy;
    final long[] orderId;
    final long[] price;
    final long[] quantity;
    /** The most orders that rested at once in any one instrument's book while the stream was generated. */
    int maxResting;

    private CommandStream(int size, int instruments, int accounts) {
        this.size = size;
        this.instruments = instruments;
        this.accounts = accounts;
        this.kind = new byte[size];
        this.instrument = new byte[size];
        this.account = new byte[size];
        this.buy = new boolean[size];
        this.orderId = new long[size];
        this.price = new long[size];
        this.quantity = new long[size];
    }

    /** The reference price of instrument {@code i}: the centre of its prices, its band and its risk collar. */
    static long referencePrice(int i) {
        return 10_000 + 1_000L * i;
    }

    // tag::generate[]
    static CommandStream generate(long seed, int commands, int instruments, int accounts, int depth) {
        SplittableRandom random = new SplittableRandom(seed);
        InstrumentBook[] sim = new InstrumentBook[instruments];
        List<List<Long>> live = new ArrayList<>(); // GTC ids per instrument, maybe no longer resting
        for (int i = 0; i < instruments; i++) {
            sim[i] = new InstrumentBook(depth + 64, referencePrice(i) - 512, 1024, SILENT);
            live.add(new ArrayList<>());
        }
        Builder out = new Builder(commands + instruments * (depth + 1), instruments, accounts);
        long nextId = 1;
        int maxResting = 0;
        for (int n = 0; n < commands; n++) {
            final int i = random.nextInt(instruments);
            final InstrumentBook book = sim[i];
            maxResting = Math.max(maxResting, book.orderCount());
            if ((book.orderCount() > depth || random.nextInt(5) == 0) && book.orderCount() > 0) {
                final List<Long> ids = live.get(i);
                while (true) { // a random still-resting order of this instrument (ids that filled are dropped here)
                    final int at = random.nextInt(ids.size());
                    final long id = ids.get(at);
                    ids.set(at, ids.getLast());
                    ids.removeLast();
                    final long owner = book.traderOf(id);
                    if (owner != InstrumentBook.NO_TRADER) {
                        book.cancel(id);
                        out.add(CANCEL, i, (int) owner, false, id, 0, 0);
                        break;
                    }
                }
                continue;
            }
            final boolean isBuy = random.nextBoolean();
            final int half = accounts / 2; // buyers are accounts 0 .. half-1, sellers half .. accounts-1
            final int acc = isBuy ? random.nextInt(half) : half + random.nextInt(accounts - half);
            final byte type = random.nextBoolean() ? GTC : IOC;
            final long px = referencePrice(i) + random.nextLong(-8, 9);
            final long qty = 1 + random.nextLong(40);
            final long id = nextId++;
            final Side side = isBuy ? Side.BUY : Side.SELL;
            if (type == GTC) {
                book.add(id, acc, side, px, qty, 0);
                live.get(i).add(id);
            } else {
                book.match(id, acc, side, px, qty, 0);
            }
            out.add(type, i, acc, isBuy, id, px, qty);
        }
        for (int i = 0; i < instruments; i++) { // the close: cancel whatever still rests
            for (long id : live.get(i)) {
                final long owner = sim[i].traderOf(id);
                if (owner != InstrumentBook.NO_TRADER) {
                    sim[i].cancel(id);
                    out.add(CANCEL, i, (int) owner, false, id, 0, 0);
                }
            }
        }
        CommandStream stream = out.build();
        stream.maxResting = maxResting;
        return stream;
    }
    // end::generate[]

    int count(byte k) {
        int c = 0;
        for (int n = 0; n < size; n++) {
            c += kind[n] == k ? 1 : 0;
        }
        return c;
    }

    void write(Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            out.writeInt(size);
            out.writeInt(instruments);
            out.writeInt(accounts);
            for (int n = 0; n < size; n++) {
                out.writeByte(kind[n]);
                out.writeByte(instrument[n]);
                out.writeByte(account[n]);
                out.writeBoolean(buy[n]);
                out.writeLong(orderId[n]);
                out.writeLong(price[n]);
                out.writeLong(quantity[n]);
            }
        }
    }

    static CommandStream read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            CommandStream s = new CommandStream(in.readInt(), in.readInt(), in.readInt());
            for (int n = 0; n < s.size; n++) {
                s.kind[n] = in.readByte();
                s.instrument[n] = in.readByte();
                s.account[n] = in.readByte();
                s.buy[n] = in.readBoolean();
                s.orderId[n] = in.readLong();
                s.price[n] = in.readLong();
                s.quantity[n] = in.readLong();
            }
            return s;
        }
    }

    private static final class Builder {
        private final CommandStream s;
        private int n;

        Builder(int max, int instruments, int accounts) {
            s = new CommandStream(max, instruments, accounts);
        }

        void add(byte kind, int instrument, int account, boolean buy, long orderId, long price, long quantity) {
            s.kind[n] = kind;
            s.instrument[n] = (byte) instrument;
            s.account[n] = (byte) account;
            s.buy[n] = buy;
            s.orderId[n] = orderId;
            s.price[n] = price;
            s.quantity[n] = quantity;
            n++;
        }

        CommandStream build() {
            CommandStream t = new CommandStream(n, s.instruments, s.accounts);
            System.arraycopy(s.kind, 0, t.kind, 0, n);
            System.arraycopy(s.instrument, 0, t.instrument, 0, n);
            System.arraycopy(s.account, 0, t.account, 0, n);
            System.arraycopy(s.buy, 0, t.buy, 0, n);
            System.arraycopy(s.orderId, 0, t.orderId, 0, n);
            System.arraycopy(s.price, 0, t.price, 0, n);
            System.arraycopy(s.quantity, 0, t.quantity, 0, n);
            return t;
        }
    }

    /** The generator's books only need to know what rests; their events go nowhere. */
    private static final TradeEvents SILENT = new TradeEvents() {
        @Override
        public void onFill(long takerOrderId, long makerOrderId, long makerTraderId, Side takerSide, long price,
                           long quantity, long takerRemaining, long makerRemaining) {}

        @Override
        public void onRested(long orderId, Side side, long price, long quantity) {}

        @Override
        public void onCancelled(long orderId, long quantity, CancelReason reason) {}

        @Override
        public void onKilled(long orderId, long quantity) {}

        @Override
        public void onWouldCross(long orderId) {}

        @Override
        public void onRejected(long orderId, RejectReason reason) {
            throw new IllegalStateException("the generator's book rejected order " + orderId + ": " + reason);
        }
    };
}
