package org.ticktotrade.week02;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Lesson 6 as a property: the primitive map behaves exactly like a {@code HashMap<Long, Integer>}. */
class LongIntHashMapProperties {

    record Op(int kind, long key, int value) {}

    @Property(tries = 300)
    void behavesLikeAHashMap(@ForAll("ops") List<Op> ops) {
        LongIntHashMap map = new LongIntHashMap(32);
        Map<Long, Integer> model = new HashMap<>();
        int step = 0;
        for (Op op : ops) {
            step++;
            String where = "step " + step + " " + op;
            switch (op.kind()) {
                case 0, 1 -> {
                    if (model.size() < 32 || model.containsKey(op.key())) {
                        map.put(op.key(), op.value());
                        model.put(op.key(), op.value());
                    }
                }
                case 2 -> assertEquals(model.getOrDefault(op.key(), LongIntHashMap.MISSING), map.remove(op.key()), where);
                default -> assertEquals(model.getOrDefault(op.key(), LongIntHashMap.MISSING), map.get(op.key()), where);
            }
            if (op.kind() == 2) {
                model.remove(op.key());
            }
            assertEquals(model.size(), map.size(), "size() after " + where);
        }
        for (Map.Entry<Long, Integer> e : model.entrySet()) {
            assertEquals(e.getValue(), map.get(e.getKey()), "get(" + e.getKey() + ") at the end");
        }
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        // Keys from a small set of multiples of 64 collide in a 64-slot table; a few wild keys keep it honest.
        Arbitrary<Long> keys = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 40).map(k -> k * 64L),
                Arbitraries.longs());
        return Combinators.combine(Arbitraries.integers().between(0, 3), keys, Arbitraries.integers().between(0, 1000))
                .as(Op::new).list().ofMaxSize(300);
    }
}
