package org.ticktotrade.capstone;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.ticktotrade.week06.ForcePolicy;

/**
 * How the exchange process runs, beside what it trades ({@link ExchangeConfig}): where it listens, where market
 * data goes, where the journal lives and how it is forced, how deep the ring is, each client's rate limit.
 *
 * <p>The defaults work out of the box on one machine: TCP on 127.0.0.1:9500, market data unicast to
 * 127.0.0.1:9501 (unicast, as week 05 explains: many sandboxes give loopback no multicast), the journal under
 * {@code target/capstone-wal}. {@link #parse} reads {@code key=value} overrides, from a settings file
 * ({@code config=FILE}, Java properties syntax, parsed by {@link Properties}) and then from the arguments, refusing
 * an unknown key or a bad value with a message that names it (and the file), so a typo fails at start, not as a
 * silent default. {@code capstone/exchange.properties} lists every key with its default.
 *
 * @param fsync true: msync the journal at the end of every batch before its reports leave (survives power loss);
 *              false: a record counts as durable once it is in the page cache, which survives {@code kill -9} of
 *              the process but not of the machine (week 06's {@link ForcePolicy.Never})
 * @param snapshotEvery a snapshot of the books and risk after about this many commands (at the end of the batch
 *              that passes it), in {@code journal/snapshots}; 0 never. Start-up restores the newest valid one and
 *              replays only the journal after it.
 */
public record ExchangeSettings(String tcpHost, int tcpPort, String marketDataHost, int marketDataPort, Path journal,
                               boolean fsync, int segmentBytes, int ringCapacity, int batch, long ratePerSecond,
                               long burst, int maxConnections, int snapshotEvery) {

    public ExchangeSettings {
        requirePort("tcpPort", tcpPort);
        requirePort("marketDataPort", marketDataPort);
        if (ringCapacity < 2 || Integer.bitCount(ringCapacity) != 1) {
            throw new IllegalArgumentException("ringCapacity must be a power of two of at least 2, was " + ringCapacity);
        }
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be at least 1, was " + batch);
        }
        if (ratePerSecond < 1 || burst < 1) {
            throw new IllegalArgumentException("ratePerSecond and burst must be at least 1, were " + ratePerSecond + " and " + burst);
        }
        if (snapshotEvery < 0) {
            throw new IllegalArgumentException("snapshotEvery must be 0 (never) or more, was " + snapshotEvery);
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1, was " + maxConnections);
        }
    }

    public static ExchangeSettings defaults() {
        return new ExchangeSettings("127.0.0.1", 9500, "127.0.0.1", 9501, Path.of("target", "capstone-wal"), true,
                64 << 20, 1024, 256, 100_000, 1_000, 64, 100_000);
    }

    /** The journal force policy these settings give the writer (the engine forces at batch ends itself). */
    public ForcePolicy forcePolicy() {
        return new ForcePolicy.Never();
    }

    /** {@code key=value} pairs over the defaults; an unknown key or a bad value is an IllegalArgumentException naming it. */
    public static ExchangeSettings parse(String... args) {
        Map<String, String> v = new LinkedHashMap<>();
        ExchangeSettings d = defaults();
        v.put("tcpHost", d.tcpHost);
        v.put("tcpPort", "" + d.tcpPort);
        v.put("marketDataHost", d.marketDataHost);
        v.put("marketDataPort", "" + d.marketDataPort);
        v.put("journal", d.journal.toString());
        v.put("fsync", "" + d.fsync);
        v.put("segmentBytes", "" + d.segmentBytes);
        v.put("ringCapacity", "" + d.ringCapacity);
        v.put("batch", "" + d.batch);
        v.put("ratePerSecond", "" + d.ratePerSecond);
        v.put("burst", "" + d.burst);
        v.put("maxConnections", "" + d.maxConnections);
        v.put("snapshotEvery", "" + d.snapshotEvery);
        // A settings file first (config=FILE, Java properties: key=value lines, # comments), then the arguments over it.
        for (String arg : args) {
            if (arg.startsWith("config=")) {
                Path file = Path.of(arg.substring("config=".length()));
                Properties fromFile = new Properties();
                try (Reader in = Files.newBufferedReader(file)) {
                    fromFile.load(in);
                } catch (NoSuchFileException e) {
                    throw new IllegalArgumentException("cannot read the settings file " + file.toAbsolutePath() + ": no such file");
                } catch (IOException | IllegalArgumentException e) {
                    throw new IllegalArgumentException("cannot read the settings file " + file.toAbsolutePath() + ": " + e);
                }
                for (String key : new TreeSet<>(fromFile.stringPropertyNames())) {
                    if (!v.containsKey(key)) {
                        throw new IllegalArgumentException(file + ": unknown setting '" + key + "': expected one of " + v.keySet());
                    }
                    v.put(key, fromFile.getProperty(key).strip());
                }
            }
        }
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (arg.startsWith("config=")) {
                continue;
            }
            if (eq < 1 || !v.containsKey(arg.substring(0, eq))) {
                throw new IllegalArgumentException("unknown setting '" + arg + "': expected key=value with key one of " + v.keySet()
                        + ", or config=FILE");
            }
            v.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        String fsync = v.get("fsync");
        if (!fsync.equals("true") && !fsync.equals("false")) {
            throw new IllegalArgumentException("fsync must be true or false, was '" + fsync + "'");
        }
        return new ExchangeSettings(v.get("tcpHost"), integer(v, "tcpPort"), v.get("marketDataHost"),
                integer(v, "marketDataPort"), Path.of(v.get("journal")), Boolean.parseBoolean(fsync),
                integer(v, "segmentBytes"), integer(v, "ringCapacity"), integer(v, "batch"), number(v, "ratePerSecond"),
                number(v, "burst"), integer(v, "maxConnections"), integer(v, "snapshotEvery"));
    }

    private static int integer(Map<String, String> v, String key) {
        try {
            return Integer.parseInt(v.get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, was '" + v.get(key) + "'");
        }
    }

    private static long number(Map<String, String> v, String key) {
        try {
            return Long.parseLong(v.get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, was '" + v.get(key) + "'");
        }
    }

    private static void requirePort(String what, int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(what + " must be between 0 and 65535 (0: any free port), was " + port);
        }
    }

    /** The same settings with other ports and journal: for tests, which take free ports and a temporary folder. */
    public ExchangeSettings with(int tcp, int marketData, Path journalDir) {
        return new ExchangeSettings(tcpHost, tcp, marketDataHost, marketData, journalDir, fsync, segmentBytes,
                ringCapacity, batch, ratePerSecond, burst, maxConnections, snapshotEvery);
    }

    public ExchangeSettings withRateLimit(long rate, long burstTokens) {
        return new ExchangeSettings(tcpHost, tcpPort, marketDataHost, marketDataPort, journal, fsync, segmentBytes,
                ringCapacity, batch, rate, burstTokens, maxConnections, snapshotEvery);
    }

    public ExchangeSettings withSnapshotEvery(int commands) {
        return new ExchangeSettings(tcpHost, tcpPort, marketDataHost, marketDataPort, journal, fsync, segmentBytes,
                ringCapacity, batch, ratePerSecond, burst, maxConnections, commands);
    }

    public ExchangeSettings withBatch(int commands) {
        return new ExchangeSettings(tcpHost, tcpPort, marketDataHost, marketDataPort, journal, fsync, segmentBytes,
                ringCapacity, commands, ratePerSecond, burst, maxConnections, snapshotEvery);
    }

    public ExchangeSettings withFsync(boolean on) {
        return new ExchangeSettings(tcpHost, tcpPort, marketDataHost, marketDataPort, journal, on, segmentBytes,
                ringCapacity, batch, ratePerSecond, burst, maxConnections, snapshotEvery);
    }
}
