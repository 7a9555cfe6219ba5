package org.ticktotrade.grader.asm;

import java.util.List;

/**
 * One method as the JIT compiled it, as PrintAssembly printed it.
 *
 * @param method   {@code pkg.Class::name}
 * @param compiler c1 or c2
 * @param osr      an on-stack-replacement compilation (a loop entered mid-method)
 * @param listing  the printed lines, cleaned of HotSpot's nmethod header, for a reader
 */
public record CompiledMethod(String method, String compiler, int compileId, boolean osr, List<Instruction> instructions,
                             List<String> listing) {

    public CompiledMethod {
        instructions = List.copyOf(instructions);
        listing = List.copyOf(listing);
    }
}
