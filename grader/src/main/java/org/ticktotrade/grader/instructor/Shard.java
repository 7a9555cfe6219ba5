package org.ticktotrade.grader.instructor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/**
 * One machine's share of a batch: shard {@code index} of {@code count}, 1-based. A submission belongs
 * to the shard its name hashes to, so the split depends on nothing but the name: a rerun, a resume or
 * a shard retried on another machine picks the same set, and adding a submission moves no other one.
 */
public record Shard(int index, int count) {

    /** The whole batch, unsharded. */
    public static final Shard ALL = new Shard(1, 1);

    /** Kubernetes Indexed Jobs number their pods from 0. */
    static final String KUBERNETES_INDEX = "JOB_COMPLETION_INDEX";
    /** Ours, 1-based, for engines that let a job set its environment (a GitHub Actions matrix). */
    static final String KATA_INDEX = "KATA_SHARD_INDEX";

    public Shard {
        if (count < 1 || count > 10_000) {
            throw new IllegalArgumentException("the shard count must be between 1 and 10000, not " + count);
        }
        if (index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + ": the index must be between 1 and " + count);
        }
    }

    /**
     * {@code I/N}, or {@code auto/N}: the index from {@code KATA_SHARD_INDEX} (1-based) or, failing that,
     * {@code JOB_COMPLETION_INDEX} (0-based, as a Kubernetes Indexed Job sets it).
     */
    public static Shard parse(String text, Map<String, String> env) {
        String t = text.trim();
        int slash = t.indexOf('/');
        if (slash <= 0 || slash == t.length() - 1) {
            throw new IllegalArgumentException("--shard takes I/N (shard I of N, from 1) or auto/N, not '" + text + "'");
        }
        int count = number(t.substring(slash + 1), "N", text);
        String i = t.substring(0, slash);
        if (!i.equals("auto")) {
            return new Shard(number(i, "I", text), count);
        }
        String ours = env.get(KATA_INDEX);
        if (ours != null && !ours.isBlank()) {
            return new Shard(number(ours.trim(), KATA_INDEX, ours), count);
        }
        String k8s = env.get(KUBERNETES_INDEX);
        if (k8s != null && !k8s.isBlank()) {
            return new Shard(number(k8s.trim(), KUBERNETES_INDEX, k8s) + 1, count);
        }
        throw new IllegalArgumentException("--shard auto/" + count + ": neither " + KATA_INDEX + " (1-based) nor "
                + KUBERNETES_INDEX + " (0-based, set by a Kubernetes Indexed Job) is set");
    }

    private static int number(String s, String what, String whole) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--shard: " + what + " must be a whole number, not '" + whole + "'");
        }
    }

    /** Whether the submission of this name is this shard's: the first 8 bytes of SHA-256(name), unsigned, mod N. */
    public boolean includes(String submissionName) {
        return of(submissionName, count) == index;
    }

    static int of(String submissionName, int count) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(submissionName.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) {
                h = (h << 8) | (d[i] & 0xff);
            }
            return (int) Long.remainderUnsigned(h, count) + 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean isAll() {
        return count == 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
