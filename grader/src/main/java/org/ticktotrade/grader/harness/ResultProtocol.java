package org.ticktotrade.grader.harness;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How results travel from a fork to the grader: one JSON record per line, each prefixed by an
 * HMAC-SHA256 of the line under a per-run key. The key goes to the fork on its standard input and is
 * read by the harness before any learner code is loaded, so a result line printed or written by the
 * learner's code (a forged "PASSED") does not verify and is ignored. Code that digs the key out of
 * the harness's memory by reflection could still forge; that is deliberate cheating, which the
 * instructor's sandbox and the reports (counts of rejected lines) make visible rather than impossible.
 */
public final class ResultProtocol {

    private static final String ALGORITHM = "HmacSHA256";

    private ResultProtocol() {}

    public static byte[] newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** What the parent writes to the fork's stdin. */
    public static byte[] keyLine(byte[] key) {
        return (HexFormat.of().formatHex(key) + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    public static String sign(byte[] key, String json) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(json.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** @return the JSON of a correctly signed line, or null */
    public static String verify(byte[] key, String line) {
        int space = line.indexOf(' ');
        if (space != 64) {
            return null;
        }
        String json = line.substring(space + 1);
        return java.security.MessageDigest.isEqual(
                sign(key, json).getBytes(StandardCharsets.US_ASCII),
                line.substring(0, space).getBytes(StandardCharsets.US_ASCII)) ? json : null;
    }
}
