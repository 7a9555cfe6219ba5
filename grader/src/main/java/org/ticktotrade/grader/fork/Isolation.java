package org.ticktotrade.grader.fork;

import java.util.List;

/**
 * How a forked JVM is confined beyond its own limits. The learner's own {@code check} runs without an
 * OS sandbox (it is their code on their machine); instructors' batch grading wraps every fork in one.
 */
public interface Isolation {

    /** Turns the plain {@code java ...} command into the command that actually runs. */
    List<String> wrap(List<String> javaCommand, ForkSpec spec);

    /** One line for reports: how submissions were confined. */
    String describe();

    Isolation NONE = new Isolation() {
        @Override
        public List<String> wrap(List<String> javaCommand, ForkSpec spec) {
            return javaCommand;
        }

        @Override
        public String describe() {
            return "forked JVM with time, memory and output limits (no OS sandbox)";
        }
    };
}
