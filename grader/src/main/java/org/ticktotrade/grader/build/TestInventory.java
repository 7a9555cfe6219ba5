package org.ticktotrade.grader.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The tests a week expects to run, listed by the grader itself before anything runs, so a test that
 * never reports (a crash, {@code System.exit}, a kill) is counted as failed instead of silently absent.
 * Classes are loaded without initialisation, so no learner code runs here.
 *
 * <p>A test is any non-private, non-static method of a concrete class carrying an annotation that is
 * (meta-)annotated {@code @Testable}: JUnit's {@code @Test}, {@code @ParameterizedTest},
 * {@code @RepeatedTest}, {@code @TestFactory}, jqwik's {@code @Property} and {@code @Example}.
 */
public final class TestInventory {

    private static final String TESTABLE = "org.junit.platform.commons.annotation.Testable";
    private static final String NESTED = "org.junit.jupiter.api.Nested";
    private static final String DISABLED = "org.junit.jupiter.api.Disabled";

    private TestInventory() {}

    /** @return keys {@code class#method}: classes in the order given, methods by name, the same on every run */
    public static List<String> expectedTests(List<String> topLevelClasses, List<Path> classpath) {
        Set<String> keys = new LinkedHashSet<>();
        try (URLClassLoader loader = new URLClassLoader(urls(classpath), ClassLoader.getPlatformClassLoader())) {
            for (String name : topLevelClasses) {
                Class<?> c;
                try {
                    c = Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                collect(c, keys);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(keys);
    }

    /** The concrete classes among {@code names} (and their nested classes) that carry an annotation. */
    public static List<String> annotatedClasses(List<String> names, List<Path> classpath, String annotation) {
        List<String> found = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(urls(classpath), ClassLoader.getPlatformClassLoader())) {
            for (String name : names) {
                try {
                    Class<?> c = Class.forName(name, false, loader);
                    List<Class<?>> candidates = new ArrayList<>(List.of(c));
                    candidates.addAll(List.of(c.getDeclaredClasses()));
                    for (Class<?> k : candidates) {
                        if (!Modifier.isAbstract(k.getModifiers()) && hasAnnotation(k.getAnnotations(), annotation)) {
                            found.add(k.getName());
                        }
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // not a class of this build
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static void collect(Class<?> c, Set<String> keys) {
        if (Modifier.isAbstract(c.getModifiers()) || c.isInterface() || hasAnnotation(c.getAnnotations(), DISABLED)) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Method m : declaredMethods(k)) {
                int mod = m.getModifiers();
                if (Modifier.isPrivate(mod) || Modifier.isStatic(mod) || m.isSynthetic() || !seen.add(m.getName())) {
                    continue;
                }
                if (isTestable(m.getAnnotations()) && !hasAnnotation(m.getAnnotations(), DISABLED)) {
                    keys.add(c.getName() + "#" + m.getName());
                }
            }
        }
        Class<?>[] inners = c.getDeclaredClasses();
        java.util.Arrays.sort(inners, java.util.Comparator.comparing(Class::getName));
        for (Class<?> inner : inners) {
            if (hasAnnotation(inner.getAnnotations(), NESTED)) {
                collect(inner, keys);
            }
        }
    }

    /**
     * By name, then parameters: reflection returns methods in no specified order, and one that changes between
     * JVM runs would reorder a report's checks and change which failure a gradebook calls the first.
     */
    private static Method[] declaredMethods(Class<?> k) {
        try {
            Method[] methods = k.getDeclaredMethods();
            java.util.Arrays.sort(methods, java.util.Comparator.comparing(Method::getName)
                    .thenComparing(m -> java.util.Arrays.toString(m.getParameterTypes())));
            return methods;
        } catch (LinkageError e) {
            return new Method[0];
        }
    }

    private static boolean isTestable(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (metaAnnotated(a.annotationType(), new HashSet<>())) {
                return true;
            }
        }
        return false;
    }

    private static boolean metaAnnotated(Class<? extends Annotation> type, Set<Class<?>> visited) {
        if (!visited.add(type) || type.getName().startsWith("java.lang.annotation")) {
            return false;
        }
        for (Annotation meta : type.getAnnotations()) {
            if (meta.annotationType().getName().equals(TESTABLE) || metaAnnotated(meta.annotationType(), visited)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAnnotation(Annotation[] annotations, String name) {
        for (Annotation a : annotations) {
            if (a.annotationType().getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static URL[] urls(List<Path> classpath) {
        List<URL> urls = new ArrayList<>();
        for (Path p : classpath) {
            try {
                urls.add(p.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(p.toString(), e);
            }
        }
        return urls.toArray(URL[]::new);
    }
}
