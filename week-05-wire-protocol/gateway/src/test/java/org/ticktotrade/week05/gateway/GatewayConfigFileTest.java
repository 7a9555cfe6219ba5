package org.ticktotrade.week05.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.week05.ConfigException;
import org.ticktotrade.week05.GatewayConfig;

class GatewayConfigFileTest {

    @TempDir
    Path dir;

    private static final String GOOD = """
            {"tcpHost": "127.0.0.1", "tcpPort": 9005, "marketDataHost": "239.1.2.3", "marketDataPort": 9006,
             "ringSize": 1024, "maxFrameLength": 48, "readBufferBytes": 65536, "maxConnections": 16,
             "bookCapacity": 65536, "lowestPrice": 1, "priceTicks": 65536}
            """;

    private Path file(String json) throws IOException {
        return Files.writeString(dir.resolve("gateway.json"), json);
    }

    private List<String> problems(String json) throws IOException {
        Path f = file(json);
        ConfigException e = assertThrows(ConfigException.class, () -> GatewayConfigFile.read(f));
        assertTrue(e.getMessage().contains(f.toString()), "the message names the file: " + e.getMessage());
        return e.problems();
    }

    @Test
    void theExampleFileAndAGoodFileRead() throws IOException {
        assertEquals(new GatewayConfig("127.0.0.1", 9005, "239.1.2.3", 9006, 1024, 48, 65536, 16, 65536, 1, 65536),
                GatewayConfigFile.read(file(GOOD)));
        assertEquals(9005, GatewayConfigFile.read(Path.of("gateway.json")).tcpPort());
    }

    @Test
    void aValueOutOfRangeIsNamed() throws IOException {
        List<String> p = problems(GOOD.replace("\"ringSize\": 1024", "\"ringSize\": 1000"));
        assertEquals(1, p.size(), p::toString);
        assertTrue(p.getFirst().startsWith("ringSize: 1000"), p::toString);
    }

    @Test
    void wrongTypesUnknownAndMissingKeysAreAllNamedAtOnce() throws IOException {
        String json = GOOD.replace("\"ringSize\": 1024", "\"ringSize\": \"big\"")
                .replace("\"tcpPort\": 9005", "\"tcpPort\": 1.5")
                .replace("\"lowestPrice\": 1", "\"lowestPrice\": 99999999999999999999")
                .replace("\"maxConnections\": 16,", "\"maxconnections\": 16,");
        List<String> p = problems(json);
        assertEquals(5, p.size(), p::toString);
        assertTrue(p.stream().anyMatch(s -> s.startsWith("ringSize: \"big\" must be a whole number")), p::toString);
        assertTrue(p.stream().anyMatch(s -> s.startsWith("tcpPort: 1.5 must be a whole number")), p::toString);
        assertTrue(p.stream().anyMatch(s -> s.startsWith("lowestPrice: 99999999999999999999")), p::toString);
        assertTrue(p.stream().anyMatch(s -> s.startsWith("maxconnections: unknown key")), p::toString);
        assertTrue(p.stream().anyMatch(s -> s.equals("maxConnections: missing")), p::toString);
    }

    @Test
    void malformedJsonSaysWhere() throws IOException {
        List<String> p = problems("{\n  \"tcpHost\": \"127.0.0.1\",\n  \"tcpPort\": 9005,,\n}");
        assertEquals(1, p.size());
        assertTrue(p.getFirst().startsWith("not valid JSON at line 3"), p::toString);
    }

    @Test
    void aMissingFileOrANonObjectIsNamed() throws IOException {
        assertThrows(ConfigException.class, () -> GatewayConfigFile.read(dir.resolve("absent.json")));
        assertTrue(problems("[1, 2]").getFirst().startsWith("must hold one JSON object"));
        assertTrue(problems("{\"tcpHost\": \"a\", \"tcpHost\": \"b\"}").getFirst().startsWith("not valid JSON"),
                "a key given twice");
    }
}
