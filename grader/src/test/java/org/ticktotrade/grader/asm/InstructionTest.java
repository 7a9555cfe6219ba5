package org.ticktotrade.grader.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotes must compare equal whichever disassembler printed them, and run to run. */
class InstructionTest {

    @Test
    void capstoneAndObjdumpSpellingsNormaliseToTheSameText() {
        assertSame("lock cmpxchg dword ptr [r12 + r8*8 + 0x18], r11d", "lock cmpxchg DWORD PTR [r12+r8*8+0x18],r11d");
        assertSame("lock add dword ptr [rsp - 0x40], 0", "lock add DWORD PTR [rsp-0x40],0x0");
        assertSame("shr r10, 9", "shr    r10,0x9");
        assertSame("nop dword ptr [rax + rax + 0x18c]", "nop    DWORD PTR [rax+rax*1+0x18c]");
        assertSame("mov qword ptr [r10 + 0x10], rbx", "mov    QWORD PTR [r10+0x10],rbx");
    }

    @Test
    void absoluteAddressesAreIgnoredButOffsetsAreNot() {
        assertSame("jne 0x7f6cb44a9ace", "jne    0x7fb2284ad7b8");
        assertNotEquals(Instruction.normalise("mov qword ptr [r10 + 0x10], rbx"), Instruction.normalise("mov qword ptr [r10 + 0x18], rbx"));
    }

    @Test
    void theShapeForgivesRegisterAllocationButNotTheInstruction() {
        assertEquals(Instruction.shape("lock cmpxchg dword ptr [r12 + r8*8 + 0x18], r11d"),
                Instruction.shape("lock cmpxchg dword ptr [rbx + r9*8 + 0x18], r10d"));
        assertNotEquals(Instruction.shape("lock cmpxchg dword ptr [r12 + r8*8 + 0x18], r11d"),
                Instruction.shape("lock cmpxchg qword ptr [rax], rbx"));
        assertNotEquals(Instruction.shape("mov qword ptr [r10 + 0x10], rbx"), Instruction.shape("xchg qword ptr [r10 + 0x10], rbx"));
    }

    @Test
    void expensiveInstructionsAreRecognisedAndExplained() {
        assertTrue(Expensive.why(new Instruction("0x1", "lock cmpxchg dword ptr [r8 + 0x18], r10d", List.of())).orElseThrow().contains("CAS"));
        assertTrue(Expensive.why(new Instruction("0x1", "lock add dword ptr [rsp - 0x40], 0", List.of())).orElseThrow().contains("StoreLoad fence"));
        assertTrue(Expensive.why(new Instruction("0x1", "xchg qword ptr [r10], rax", List.of())).isPresent());
        assertTrue(Expensive.why(new Instruction("0x1", "mov qword ptr [r10 + 0x10], rbx", List.of())).isEmpty());
        assertTrue(Expensive.why(new Instruction("0x1", "stlr x1, [x0]", List.of())).orElseThrow().contains("store-release"));
        assertEquals("lock cmpxchg", new Instruction("0x1", "lock cmpxchg dword ptr [r8 + 0x18], r10d", List.of()).mnemonic());
    }

    private static void assertSame(String capstone, String objdump) {
        assertEquals(Instruction.normalise(capstone), Instruction.normalise(objdump), capstone + " vs " + objdump);
    }
}
