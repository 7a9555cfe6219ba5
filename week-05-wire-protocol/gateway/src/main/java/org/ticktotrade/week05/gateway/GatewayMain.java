package org.ticktotrade.week05.gateway;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.ticktotrade.week05.ConfigException;
import org.ticktotrade.week05.WirePipeline;

/**
 * Starts the week's pipeline from a JSON configuration file and runs it until the process is stopped (Ctrl-C):
 * a bad file ends it at once, exit code 2, with every problem on its own line.
 */
public final class GatewayMain {

    private GatewayMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: GatewayMain <gateway.json>");
            System.exit(2);
        }
        WirePipeline pipeline;
        try {
            pipeline = WirePipeline.start(GatewayConfigFile.read(Path.of(args[0])));
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.out.println("gateway listening on TCP port " + pipeline.tcpPort() + "; Ctrl-C stops it");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            pipeline.close();
            System.out.println("stopped: " + pipeline.gateway().framesReceived() + " frames received, "
                    + pipeline.gateway().framesRejected() + " rejected");
            stopped.countDown();
        }));
        stopped.await();
    }
}
