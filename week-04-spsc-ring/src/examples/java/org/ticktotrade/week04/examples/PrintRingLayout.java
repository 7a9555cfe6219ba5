package org.ticktotrade.week04.examples;

import org.openjdk.jol.info.ClassLayout;
import org.ticktotrade.week04.SpscLongRing;

/**
 * Lessons 1 and 2: where HotSpot really put a ring's fields. JOL asks the running JVM for every field's
 * offset, so the answer is this JVM's, with this JVM's flags: compressed class pointers,
 * {@code -XX:+UseCompactObjectHeaders}, a different JDK, all move the offsets. Trust the printout, not the
 * declaration order.
 *
 * <p>With no argument it prints {@link SpscLongRing}; give a class name to print another class, for
 * example {@code org.ticktotrade.week04.bench.UnpaddedLongRing} (week 01's design).
 */
public final class PrintRingLayout {

    private PrintRingLayout() {}

    // tag::print[]
    public static void main(String[] args) {
        Class<?> type = args.length == 0 ? SpscLongRing.class : classNamed(args[0]);
        System.out.print(layoutOf(type));
    }

    /** JOL's table: offset, size, type and name of every field, superclasses' fields included. */
    static String layoutOf(Class<?> type) {
        return ClassLayout.parseClass(type).toPrintable();
    }
    // end::print[]

    static Class<?> classNamed(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no class " + name + " on the class path: give a fully qualified name,"
                    + " such as org.ticktotrade.week04.SpscRing", e);
        }
    }
}
