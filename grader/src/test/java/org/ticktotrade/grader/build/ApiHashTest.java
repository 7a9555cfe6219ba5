package org.ticktotrade.grader.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compile cache keys code compiled against a class folder by that folder's API: an edit inside a
 * method body keeps the tests' compilation (what makes watch's re-run fast), while anything the tests'
 * compilation could depend on (a signature, a constant javac inlines, a new class) does not.
 */
class ApiHashTest {

    private static String apiOf(Path dir, String name, String source) throws IOException {
        Path src = dir.resolve(name + "/src");
        Files.createDirectories(src.resolve("p"));
        Files.writeString(src.resolve("p/Ring.java"), source);
        Compilation c = JavaBuild.compile(new SourceSet(name, List.of(src)), List.of(), null, dir.resolve(name + "/out"), src);
        assertTrue(c.success(), c.errors().toString());
        return JavaBuild.apiHash(c.output());
    }

    @Test
    void onlyWhatCodeCompiledAgainstTheClassesCanSeeChangesTheHash(@TempDir Path dir) throws IOException {
        String base = apiOf(dir, "base", """
                package p;
                public class Ring {
                    public static final int CAPACITY = 1024;
                    public boolean offer(long v) { return false; }
                }
                """);
        assertEquals(base, apiOf(dir, "body", """
                package p;
                public class Ring {
                    public static final int CAPACITY = 1024;
                    public boolean offer(long v) {
                        long x = v * 2;
                        return x > 0;
                    }
                }
                """), "a body-only edit keeps the API");
        assertNotEquals(base, apiOf(dir, "signature", """
                package p;
                public class Ring {
                    public static final int CAPACITY = 1024;
                    public boolean offer(int v) { return false; }
                }
                """));
        assertNotEquals(base, apiOf(dir, "constant", """
                package p;
                public class Ring {
                    public static final int CAPACITY = 2048;
                    public boolean offer(long v) { return false; }
                }
                """), "javac inlines constants into the tests");
        assertNotEquals(base, apiOf(dir, "nested", """
                package p;
                public class Ring {
                    public static final int CAPACITY = 1024;
                    public boolean offer(long v) { return false; }
                    public static final class Slot {}
                }
                """));
    }
}
