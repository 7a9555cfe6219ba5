package org.ticktotrade.grader.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * What the build gate hands the gates after it.
 *
 * @param mainClasses     the graded sources, compiled (plus earlier weeks' references this week uses)
 * @param testClasses     the week's tests, stress tests and benchmarks, compiled against them
 * @param testClassNames  top-level classes of the week's JUnit/jqwik tests
 * @param expectedTests   every test the correctness gate must hear from, as {@code class#method}
 * @param stressTests     every jcstress test the stress gate must hear from
 */
public record BuildOutput(
        Path mainClasses,
        Path testClasses,
        List<String> testClassNames,
        List<String> expectedTests,
        List<String> stressTests) {

    public BuildOutput {
        testClassNames = List.copyOf(testClassNames);
        expectedTests = List.copyOf(expectedTests);
        stressTests = List.copyOf(stressTests);
    }
}
