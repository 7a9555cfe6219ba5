package org.ticktotrade.week05.gateway;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.ticktotrade.week05.ConfigException;
import org.ticktotrade.week05.GatewayConfig;

/**
 * Reads a gateway configuration from a JSON file (example: {@code gateway.json} beside this module's pom) with
 * Jackson's tree model, so that every problem is found in one pass and said in the file's own terms: a file that
 * is missing or is not JSON (with the line and column), an unknown key (a typo must not silently fall back to a
 * default), a missing key, a value of the wrong type ("ringSize": "big", 1.5, or a number too large for an int),
 * and then every value out of range, from {@link GatewayConfig#validated}. All keys are required: a gateway's
 * ports and limits are decisions, not defaults.
 */
public final class GatewayConfigFile {

    static final List<String> KEYS = List.of("tcpHost", "tcpPort", "marketDataHost", "marketDataPort", "ringSize",
            "maxFrameLength", "readBufferBytes", "maxConnections", "bookCapacity", "lowestPrice", "priceTicks");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private GatewayConfigFile() {
    }

    /** @throws ConfigException naming the file and every problem in it */
    public static GatewayConfig read(Path file) {
        String source = file.toString();
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new ConfigException(source, List.of("the file does not exist"));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ConfigException(source, List.of("not valid JSON"
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()) + ": "
                    + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ConfigException(source, List.of("cannot be read: " + e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException(source, List.of("must hold one JSON object with the keys " + KEYS));
        }
        List<String> p = new ArrayList<>();
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!Set.copyOf(KEYS).contains(name)) {
                p.add(name + ": unknown key (the keys are " + String.join(", ", KEYS) + ")");
            }
        }
        Fields f = new Fields(root, p);
        GatewayConfig config = new GatewayConfig(f.text("tcpHost"), f.integer("tcpPort"), f.text("marketDataHost"),
                f.integer("marketDataPort"), f.integer("ringSize"), f.integer("maxFrameLength"),
                f.integer("readBufferBytes"), f.integer("maxConnections"), f.integer("bookCapacity"),
                f.whole("lowestPrice"), f.integer("priceTicks"));
        if (!p.isEmpty()) {
            throw new ConfigException(source, p);
        }
        return config.validated(source);
    }

    /** Reads fields one by one, adding a line to the problems for each that is missing or of the wrong type. */
    private record Fields(JsonNode root, List<String> problems) {

        private JsonNode present(String key) {
            JsonNode v = root.get(key);
            if (v == null || v.isNull()) {
                problems.add(key + ": missing");
                return null;
            }
            return v;
        }

        String text(String key) {
            JsonNode v = present(key);
            if (v == null) {
                return null;
            }
            if (!v.isTextual()) {
                problems.add(key + ": " + v + " must be a string such as \"127.0.0.1\"");
                return null;
            }
            return v.textValue();
        }

        int integer(String key) {
            JsonNode v = present(key);
            if (v == null) {
                return 0;
            }
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                problems.add(key + ": " + v + " must be a whole number from " + Integer.MIN_VALUE + " to "
                        + Integer.MAX_VALUE);
                return 0;
            }
            return v.intValue();
        }

        long whole(String key) {
            JsonNode v = present(key);
            if (v == null) {
                return 0;
            }
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                problems.add(key + ": " + v + " must be a whole number of ticks");
                return 0;
            }
            return v.longValue();
        }
    }
}
