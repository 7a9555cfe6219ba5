package org.ticktotrade.grader.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @Test
    void recordsWrittenByHandReadBackAsJacksonWritesThem() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> failure = new LinkedHashMap<>();
        failure.put("message", "quote \" backslash \\ newline \n tab \t bell \u0007 é ✓ 😀 end");
        failure.put("frames", List.of("a.B.c(B.java:1)", ""));
        failure.put("none", null);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("type", "finished");
        record.put("invocation", false);
        record.put("millis", 12L);
        record.put("count", 3);
        record.put("score", 1.5e-3);
        record.put("nan", Double.NaN);
        record.put("failure", failure);
        record.put("empty", List.of());
        record.put("node", json.readTree("{\"x\":[1,2]}"));
        String written = RecordJson.write(record);
        assertEquals(json.readTree(json.writeValueAsString(record)), json.readTree(written));
    }
}
