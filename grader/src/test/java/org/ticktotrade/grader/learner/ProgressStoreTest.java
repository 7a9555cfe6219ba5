package org.ticktotrade.grader.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code .kata/progress.json}: written atomically, read back whole, and never silently reset when broken. */
class ProgressStoreTest {

    private final ByteArrayOutputStream warnings = new ByteArrayOutputStream();

    private ProgressStore store(Path dir) {
        return new ProgressStore(dir.resolve(".kata/progress.json"), new PrintStream(warnings, true, StandardCharsets.UTF_8));
    }

    @Test
    void anUpdateIsWrittenAsJsonAndReadBackWhole(@TempDir Path dir) throws IOException {
        ProgressStore store = store(dir);
        store.update(p -> p.withWeek("week-01", w -> w.withLessonRead(1, "t1").withQuizAttempt(2, 5, 6, "t2")
                .withHintsShown("spsc-ring", 2)));
        store.update(p -> p.withWeek("week-01", w -> w.withQuizAttempt(2, 3, 6, "t3")));

        new ObjectMapper().readTree(store.file().toFile());
        LearnerProgress.WeekProgress w = store.load().week("week-01");
        assertEquals("t1", w.lessonsRead().get(1));
        assertEquals(2, w.hintsShown().get("spsc-ring"));
        LearnerProgress.QuizScore quiz = w.quizzes().get(2);
        assertEquals(3, quiz.lastCorrect(), "the last attempt is kept");
        assertEquals(5, quiz.bestCorrect(), "and so is the best");
        assertEquals(2, quiz.attempts());
        assertEquals(List.of(), leftovers(dir), "no temp file is left behind");
        assertEquals("", warnings.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"weeks\": {\"week-01\": {\"lessonsRe", "", "[1, 2]", "{\"weeks\": 5}", "null"})
    void aBrokenFileIsSetAsideAndReportedNeverSilentlyReset(String content, @TempDir Path dir) throws IOException {
        ProgressStore store = store(dir);
        Files.createDirectories(store.file().getParent());
        Files.writeString(store.file(), content);

        LearnerProgress loaded = store.load();

        assertEquals(LearnerProgress.empty(), loaded);
        List<Path> aside = brokenCopies(dir);
        assertEquals(1, aside.size(), "the broken file is renamed aside, not overwritten");
        assertEquals(content, Files.readString(aside.getFirst()), "with its content intact");
        String said = warnings.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("could not be read") && said.contains(aside.getFirst().getFileName().toString()), said);

        store.update(p -> p.withWeek("week-01", w -> w.withLessonRead(1, "t")));
        assertEquals("t", store.load().week("week-01").lessonsRead().get(1), "and progress carries on in a fresh file");
    }

    @Test
    void tempFilesAKilledWriterLeftAreCleanedUpOnTheNextWrite(@TempDir Path dir) throws IOException {
        ProgressStore store = store(dir);
        store.update(p -> p.withWeek("week-01", w -> w.withLessonRead(1, "t")));
        Path stale = store.file().resolveSibling(".progress.json.12345.tmp");
        Files.writeString(stale, "{\"half\": ");

        store.update(p -> p.withWeek("week-01", w -> w.withLessonRead(2, "t")));

        assertEquals(List.of(), leftovers(dir));
        assertEquals(2, store.load().week("week-01").lessonsRead().size());
    }

    @Test
    void aFileFromANewerGraderIsNeverOverwritten(@TempDir Path dir) throws IOException {
        ProgressStore store = store(dir);
        Files.createDirectories(store.file().getParent());
        String newer = "{\"format\": 99, \"weeks\": {}}";
        Files.writeString(store.file(), newer);

        assertThrows(IllegalStateException.class, () -> store.update(p -> p.withWeek("week-01", w -> w.withLessonRead(1, "t"))));
        assertEquals(newer, Files.readString(store.file()));
    }

    @Test
    void concurrentUpdatesLoseNothing(@TempDir Path dir) throws InterruptedException {
        ProgressStore store = store(dir);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            String exercise = "exercise-" + t;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 1; i <= 25; i++) {
                    int shown = i;
                    store.update(p -> p.withWeek("week-01", w -> w.withHintsShown(exercise, shown)));
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        LearnerProgress.WeekProgress w = store.load().week("week-01");
        for (int t = 0; t < 4; t++) {
            assertEquals(25, w.hintsShown().get("exercise-" + t));
        }
    }

    static List<Path> leftovers(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve(".kata"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    static List<Path> brokenCopies(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve(".kata"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("progress.json.broken-")).toList();
        }
    }
}
