package org.ticktotrade.week05;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.function.BooleanSupplier;

/** The client side of the loopback tests: a blocking TCP client, and waiting for a condition with a deadline. */
final class Loopback {

    private Loopback() {
    }

    // tag::client-nodelay[]
    static SocketChannel connect(int port) throws IOException {
        SocketChannel client = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
        client.setOption(StandardSocketOptions.TCP_NODELAY, true);
        return client;
    }
    // end::client-nodelay[]

    static void write(SocketChannel client, byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
            client.write(b);
        }
    }

    /** Waits up to {@code seconds} for {@code condition}, running {@code meanwhile} (a subscriber's poll) as it waits. */
    static void await(String what, int seconds, BooleanSupplier condition, Runnable meanwhile) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        for (int idle = 0; !condition.getAsBoolean(); idle++) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + seconds + " s waiting for " + what);
            }
            meanwhile.run();
            // Spin briefly, then park: on a 2-core machine a spinning client takes the core the engine needs.
            if (idle < 100) {
                Thread.onSpinWait();
            } else {
                java.util.concurrent.locks.LockSupport.parkNanos(20_000);
            }
        }
    }
}
