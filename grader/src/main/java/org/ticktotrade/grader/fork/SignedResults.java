package org.ticktotrade.grader.fork;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ticktotrade.grader.harness.ResultProtocol;

/**
 * The parent side of the result channel: the records a fork wrote, keeping only lines signed with
 * this run's key. Unsigned or mis-signed lines are counted, never trusted.
 */
public final class SignedResults {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> records;
    private final int rejectedLines;

    private SignedResults(List<JsonNode> records, int rejectedLines) {
        this.records = List.copyOf(records);
        this.rejectedLines = rejectedLines;
    }

    public static SignedResults read(Path file, byte[] key) {
        List<JsonNode> records = new ArrayList<>();
        int rejected = 0;
        if (!Files.exists(file)) {
            return new SignedResults(records, 0);
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                String json = ResultProtocol.verify(key, line);
                if (json == null) {
                    rejected++;
                    continue;
                }
                try {
                    records.add(JSON.readTree(json));
                } catch (IOException e) {
                    rejected++;
                }
            }
        } catch (java.nio.charset.MalformedInputException e) {
            return new SignedResults(records, rejected + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SignedResults(records, rejected);
    }

    public List<JsonNode> records() {
        return records;
    }

    public List<JsonNode> ofType(String type) {
        return records.stream().filter(r -> type.equals(r.path("type").asText())).toList();
    }

    public boolean has(String type) {
        return records.stream().anyMatch(r -> type.equals(r.path("type").asText()));
    }

    public int rejectedLines() {
        return rejectedLines;
    }
}
