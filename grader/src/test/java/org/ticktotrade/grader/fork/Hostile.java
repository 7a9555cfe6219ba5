package org.ticktotrade.grader.fork;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small misbehaving programs the fork runner must contain. */
public final class Hostile {

    private Hostile() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "spin-with-child" -> {
                Process child = new ProcessBuilder("sleep", "600").start();
                System.out.println("child " + child.pid());
                System.out.flush();
                long x = 0;
                while (x >= 0) {
                    x++;
                }
            }
            case "exit0" -> System.exit(0);
            case "allocate" -> {
                List<long[]> hog = new ArrayList<>();
                while (true) {
                    hog.add(new long[1 << 16]);
                }
            }
            case "flood" -> {
                String line = "x".repeat(100);
                for (int i = 0; i < 100_000; i++) {
                    System.out.println(line);
                }
            }
            case "write-cwd" -> Files.writeString(Path.of("written-by-fork.txt"), "here");
            default -> throw new IllegalArgumentException(args[0]);
        }
    }
}
