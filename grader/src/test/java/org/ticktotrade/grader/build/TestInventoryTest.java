package org.ticktotrade.grader.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.ticktotrade.grader.GraderHome;

/** The tests a build expects come in one order on every run: methods by name, whatever reflection returns. */
class TestInventoryTest {

    /** Declared out of order on purpose; never run by the grader's own build (it is not a top-level class). */
    static class Sample {
        @Test
        void zebra() {}

        @Test
        void apple() {}

        @Disabled
        @Test
        void skipped() {}

        @Test
        void mango() {}

        void notATest() {}
    }

    @Test
    void methodsComeSortedByName() throws Exception {
        List<Path> cp = new ArrayList<>(GraderHome.get().harnessClasspath());
        cp.add(Path.of(TestInventoryTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        String name = Sample.class.getName();
        assertEquals(List.of(name + "#apple", name + "#mango", name + "#zebra"), TestInventory.expectedTests(List.of(name), cp));
    }
}
