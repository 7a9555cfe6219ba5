package org.ticktotrade.grader.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.grader.fork.SignedResults;

class ResultProtocolTest {

    @Test
    void aSignedLineVerifiesAndATamperedOneDoesNot() {
        byte[] key = ResultProtocol.newKey();
        String json = "{\"type\":\"finished\",\"status\":\"FAILED\"}";
        String line = ResultProtocol.sign(key, json) + " " + json;
        assertEquals(json, ResultProtocol.verify(key, line));
        assertNull(ResultProtocol.verify(key, line.replace("FAILED", "SUCCESSFUL")));
        assertNull(ResultProtocol.verify(ResultProtocol.newKey(), line));
    }

    @Test
    void forgedAndUnsignedLinesAreCountedNeverTrusted(@TempDir Path dir) throws Exception {
        byte[] key = ResultProtocol.newKey();
        String good = "{\"type\":\"done\"}";
        Path file = dir.resolve("results.jsonl");
        Files.write(file, List.of(
                ResultProtocol.sign(key, good) + " " + good,
                "PASSED org.x.RingTest#everything",
                "0".repeat(64) + " {\"type\":\"finished\",\"key\":\"x#y\",\"status\":\"SUCCESSFUL\"}"));
        SignedResults results = SignedResults.read(file, key);
        assertEquals(1, results.records().size());
        assertEquals(2, results.rejectedLines());
    }
}
