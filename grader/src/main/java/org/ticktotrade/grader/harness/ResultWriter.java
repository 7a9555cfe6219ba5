package org.ticktotrade.grader.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Map;

/**
 * The fork side of {@link ResultProtocol}. Every record is flushed as it is written, so whatever
 * finished before a crash, an exit or a kill is still there for the grader to read.
 */
public final class ResultWriter implements AutoCloseable {

    private final byte[] key;
    private final OutputStream out;

    private ResultWriter(byte[] key, OutputStream out) {
        this.key = key;
        this.out = out;
    }

    /**
     * Reads the key from standard input, then detaches standard input so that nothing loaded later
     * can read it; opens the result file for appending.
     */
    public static ResultWriter open(Path file) {
        byte[] key;
        try {
            InputStream in = System.in;
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)).readLine();
            if (line == null) {
                throw new IllegalStateException("no result key on standard input: this harness is started by ./kata");
            }
            key = HexFormat.of().parseHex(line.strip());
            in.close();
            System.setIn(InputStream.nullInputStream());
            return new ResultWriter(key, Files.newOutputStream(file, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void write(Map<String, ?> record) {
        try {
            String json = RecordJson.write(record);
            out.write((ResultProtocol.sign(key, json) + " " + json + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
