package org.ticktotrade.grader.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticktotrade.grader.render.Style;

/** The terminal rendering of a lesson: includes resolved, reveals hidden, site macros turned into commands. */
class LessonTextTest {

    @Test
    void includesTaggedCodeHidesRevealsAndPointsSiteMacrosAtCommands(@TempDir Path dir) throws Exception {
        Path lessons = Files.createDirectories(dir.resolve("week-04-rings/lessons"));
        Files.writeString(dir.resolve("week-04-rings/Ring.java"), String.join("\n",
                "class Ring {", "    // tag::offer[]", "    void offer() {}", "    // end::offer[]", "}"));
        Path lesson = lessons.resolve("lesson-03-x.adoc");
        Files.writeString(lesson, String.join("\n",
                "= Lesson 3", ":src: ..", "", "[source,java]", "----", "include::{src}/Ring.java[tag=offer,indent=0]", "----",
                "ifndef::student-edition[]", "secret", "endif::[]",
                "kata-quiz::lesson-03-quiz.toml[]", "kata-hints::spsc-ring[]", "kata-bench-chart::week-04[comparison=a]", ""));
        String text = new LessonText(Style.plain()).render(lesson);
        assertEquals(String.join("\n",
                "LESSON 3", "",
                "    void offer() {}",
                "    (a reference solution is behind a reveal here: ./kata solution shows it once your gates pass)",
                "    (the quiz: ./kata quiz week-04 3)",
                "    (hints, one at a time: ./kata hint week-04 spsc-ring)",
                "    (a chart of the recorded figures on the course site; measure your own: ./kata check week-04 --gate bench)",
                ""), text);
    }
}
