package org.ticktotrade.week06.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * The child JVM of lessons 1 and 6. It appends frames to a file with {@code FileChannel.write}, forces
 * after each one if asked to, and prints one line per frame on stdout: "ack N" once frame N may be
 * acknowledged. It never stops by itself; the parent kills it with SIGKILL.
 *
 * <p>Arguments: the file, then {@code force} or {@code no-force}.
 */
public final class ForkedWriter {

    private ForkedWriter() {}

    // tag::child[]
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        boolean force = args[1].equals("force");
        PrintStream out = new PrintStream(System.out, true); // one flushed line per ack
        CRC32C crc = new CRC32C();
        ByteBuffer frame = FramedRecord.newLog(FramedRecord.frameSize(40));
        ByteBuffer payload = ByteBuffer.allocate(40);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (long seq = 0; ; seq++) {
                payload.clear().putLong(0, seq * 31).putLong(32, ~seq);
                frame.clear();
                FramedRecord.write(frame, 0, seq, payload, crc);
                while (frame.hasRemaining()) {
                    channel.write(frame); // into the page cache: the kernel owns the bytes now
                }
                if (force) {
                    channel.force(false); // fdatasync: the data, and the size it needs, are on the device
                }
                out.println("ack " + seq);
            }
        }
    }
    // end::child[]
}
