package org.ticktotrade.grader.asm;

import java.util.Optional;

/**
 * The instructions worth calling out in a hot path, and why each costs what it costs. On x86 a plain
 * {@code mov} already has acquire (load) and release (store) semantics under TSO, so what the memory
 * model costs shows up as lock-prefixed and fence instructions; on AArch64 as acquire/release and
 * exclusive or atomic instructions and barriers.
 */
public final class Expensive {

    private Expensive() {}

    /** Why this instruction is expensive, or empty when it is not one of the costly kinds. */
    public static Optional<String> why(Instruction insn) {
        String n = insn.normalised();
        String m = insn.mnemonic();
        if (m.equals("lock cmpxchg")) {
            return Optional.of("CAS: an atomic read-modify-write; owns the cache line and drains the store buffer (a full fence on x86)");
        }
        if (m.equals("lock add") || m.equals("lock or")) {
            return n.contains("[rsp") ? Optional.of("a StoreLoad fence (a locked add of nothing to the stack), as HotSpot emits after "
                    + "a volatile store and on G1's card-marking slow path: drains the store buffer")
                    : Optional.of("atomic read-modify-write: owns the cache line and drains the store buffer");
        }
        if (m.startsWith("lock ")) {
            return Optional.of("atomic read-modify-write (" + m + "): owns the cache line and drains the store buffer");
        }
        if (m.equals("xchg") && n.contains("[")) {
            return Optional.of("xchg with memory is implicitly locked: an atomic swap and a full fence");
        }
        if (m.equals("mfence")) {
            return Optional.of("full fence: no later load may pass an earlier store");
        }
        if (m.matches("ld[a]?xr[bh]?|st[l]?xr[bh]?|ldaxp|stlxp")) {
            return Optional.of("exclusive load/store pair (an LL/SC retry loop for CAS on AArch64)");
        }
        if (m.matches("cas[al]*[bh]?|casp[al]*|ldadd[al]*[bh]?|ldclr[al]*|ldset[al]*|swp[al]*[bh]?")) {
            return Optional.of("an LSE atomic read-modify-write on AArch64");
        }
        if (m.equals("dmb") || m.equals("dsb")) {
            return Optional.of("a memory barrier on AArch64");
        }
        if (m.matches("ldar[bh]?|ldapr[bh]?")) {
            return Optional.of("load-acquire on AArch64 (what getAcquire/volatile loads compile to)");
        }
        if (m.matches("stlr[bh]?")) {
            return Optional.of("store-release on AArch64 (what setRelease/volatile stores compile to)");
        }
        return Optional.empty();
    }
}
