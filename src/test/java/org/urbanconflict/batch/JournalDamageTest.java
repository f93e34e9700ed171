package org.urbanconflict.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.urbanconflict.core.Experiment;

/**
 * Fault injection for issue 13 item 13: a half-finished batch (its first {@link #SAVED} of {@link #RUNS} runs
 * journaled) is damaged in each way the issue lists, then resumed. Each must end byte for byte as the uninterrupted
 * batch, or be refused with a reason, never "complete" and wrong, never a stack trace.
 */
class JournalDamageTest {
    private static final int RUNS = 4;
    private static final int SAVED = 3;
    private static final List<String> RESULTS = List.of("runs.csv", "timeseries.csv.gz", "summary.json",
            "summary.csv");

    @TempDir
    static Path shared;
    private static Path whole;
    private static Path halfFinished;

    @BeforeAll
    static void batches() throws Exception {
        whole = shared.resolve("whole");
        Batch.run(BatchTest.config(whole, RUNS, 8, 1, false));
        halfFinished = shared.resolve("half");
        Batch.Config plain = BatchTest.config(halfFinished, RUNS, 8, 1, false);
        Batch.Config stopping = new Batch.Config(failingAfter(plain.experiment(), SAVED), null, RUNS, 8, 1,
                halfFinished, false, true, "test", "test");
        assertThrows(IllegalStateException.class, () -> Batch.run(stopping));
        assertEquals(2 + SAVED, journalLines(halfFinished).size(), "two header lines and the saved runs");
    }

    /** A damage done to a copy of the half-finished folder. */
    interface Damage {
        void apply(Path folder) throws IOException;
    }

    private static Path damaged(Path dir, Damage damage) throws Exception {
        Path copy = dir.resolve("damaged");
        copyTree(halfFinished, copy);
        damage.apply(copy);
        return copy;
    }

    private static void resumesToTheWholeBatch(Path folder) throws Exception {
        Batch.Outcome outcome = Batch.run(BatchTest.config(folder, RUNS, 8, 2, true));
        assertFalse(outcome.alreadyComplete());
        for (String f : RESULTS) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(folder.resolve(f)), f);
        }
        assertFalse(Files.exists(folder.resolve(".journal")), "the journal goes once complete");
    }

    private static void isRefused(Path folder, String reason) {
        ResultsFolder.Conflict refused = assertThrows(ResultsFolder.Conflict.class,
                () -> Batch.run(BatchTest.config(folder, RUNS, 8, 2, true)));
        assertTrue(refused.getMessage().contains(reason) && !refused.getMessage().contains("\n"),
                refused.getMessage());
        assertFalse(Files.exists(folder.resolve("runs.csv")), "nothing is declared complete");
    }

    @Test
    void anIntactHalfFinishedBatchResumesToTheWholeBatch(@TempDir Path dir) throws Exception {
        resumesToTheWholeBatch(damaged(dir, folder -> { }));
    }

    @Test
    void aGarbageJournalLineIsDroppedAndTheRestKept(@TempDir Path dir) throws Exception {
        Path folder = damaged(dir, f -> insertLine(f, 3, "x\u0000garbage,,,"));
        try (RunJournal journal = RunJournal.open(folder, 0, RUNS - 1)) {
            assertEquals(SAVED, journal.entries().size(), "the good runs stay");
            assertEquals(1, journal.dropped().size(), journal.dropped().toString());
        }
        resumesToTheWholeBatch(folder);
    }

    @Test
    void aNegativeRunIndexFailsItsChecksum(@TempDir Path dir) throws Exception {
        resumesToTheWholeBatch(damaged(dir, f -> editLine(f, 2, line -> "-1" + line.substring(line.indexOf(',')))));
    }

    @Test
    void aNegativeRunIndexWithAValidChecksumIsOutsideTheBatch(@TempDir Path dir) throws Exception {
        resumesToTheWholeBatch(damaged(dir, f -> editLine(f, 2, line -> resign("-1" + payloadOf(line).substring(
                payloadOf(line).indexOf(','))))));
    }

    @Test
    void aBinaryHeaderMakesEveryRunAgain(@TempDir Path dir) throws Exception {
        Path folder = damaged(dir, f -> editLine(f, 0, line -> "\u0001\u00ff\u0000binary"));
        try (RunJournal journal = RunJournal.open(folder, 0, RUNS - 1)) {
            assertEquals(0, journal.entries().size(), "no run can be trusted without its header");
        }
        resumesToTheWholeBatch(folder);
    }

    @Test
    void aMissingTimeSeriesHeaderMakesEveryRunAgain(@TempDir Path dir) throws Exception {
        resumesToTheWholeBatch(damaged(dir, f -> removeLine(f, 1)));
    }

    @Test
    void aTruncatedManifestIsRefused(@TempDir Path dir) throws Exception {
        isRefused(damaged(dir, f -> {
            byte[] m = Files.readAllBytes(f.resolve("manifest.json"));
            Files.write(f.resolve("manifest.json"), Arrays.copyOf(m, m.length / 2));
        }), "manifest.json is damaged");
    }

    @Test
    void aGarbageManifestIsRefused(@TempDir Path dir) throws Exception {
        isRefused(damaged(dir, f -> Files.write(f.resolve("manifest.json"), new byte[] {0, 1, 2, (byte) 0xff})),
                "manifest.json is damaged");
    }

    @Test
    void aManifestOfAnotherShapeIsRefused(@TempDir Path dir) throws Exception {
        isRefused(damaged(dir, f -> Files.writeString(f.resolve("manifest.json"), "[1, 2]")),
                "not a manifest of urbanconflict");
    }

    @Test
    void aRowWithTooFewColumnsIsMadeAgain(@TempDir Path dir) throws Exception {
        resumesToTheWholeBatch(damaged(dir, f -> editLine(f, 3, line -> resign(payloadOf(line).substring(0,
                payloadOf(line).lastIndexOf(','))))));
    }

    @Test
    void aDuplicatedJournalLineIsKeptOnce(@TempDir Path dir) throws Exception {
        Path folder = damaged(dir, f -> insertLine(f, 5, journalLines(f).get(2)));
        try (RunJournal journal = RunJournal.open(folder, 0, RUNS - 1)) {
            assertEquals(SAVED, journal.entries().size());
        }
        resumesToTheWholeBatch(folder);
    }

    @Test
    void aRunIndexOf9999IsOutsideTheBatch(@TempDir Path dir) throws Exception {
        resumesToTheWholeBatch(damaged(dir, f -> editLine(f, 4, line -> resign("9999" + payloadOf(line).substring(
                payloadOf(line).indexOf(','))))));
    }

    @Test
    void anOffsetPastTheEndOfTheTimeSeriesIsMadeAgain(@TempDir Path dir) throws Exception {
        resumesToTheWholeBatch(damaged(dir, f -> editLine(f, 3, line -> {
            String[] parts = payloadOf(line).split(",", 3);
            return resign(parts[0] + ",99999999," + parts[2]);
        })));
    }

    @Test
    void aTruncatedTimeSeriesIsMadeAgain(@TempDir Path dir) throws Exception {
        resumesToTheWholeBatch(damaged(dir, f -> {
            Path series = f.resolve(".journal/timeseries.gz");
            byte[] bytes = Files.readAllBytes(series);
            Files.write(series, Arrays.copyOf(bytes, bytes.length - 100));
        }));
    }

    @Test
    void aZeroedTimeSeriesIsMadeAgain(@TempDir Path dir) throws Exception {
        resumesToTheWholeBatch(damaged(dir, f -> {
            Path series = f.resolve(".journal/timeseries.gz");
            Files.write(series, new byte[(int) Files.size(series)]);
        }));
    }

    @Test
    void aDeletedTimeSeriesIsMadeAgain(@TempDir Path dir) throws Exception {
        resumesToTheWholeBatch(damaged(dir, f -> Files.delete(f.resolve(".journal/timeseries.gz"))));
    }

    @Test
    void aTimeSeriesMemberWithFlippedBytesFailsItsChecksum(@TempDir Path dir) throws Exception {
        resumesToTheWholeBatch(damaged(dir, f -> {
            Path series = f.resolve(".journal/timeseries.gz");
            byte[] bytes = Files.readAllBytes(series);
            bytes[bytes.length / 2] ^= 0x55;
            Files.write(series, bytes);
        }));
    }

    @Test
    void aDeletedJournalMakesEveryRunAgain(@TempDir Path dir) throws Exception {
        resumesToTheWholeBatch(damaged(dir, RunJournal::deleteIn));
    }

    @Test
    void aCompleteFolderWhoseTimeSeriesWasTruncatedIsMadeAgain(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("complete");
        copyTree(whole, folder);
        Path series = folder.resolve("timeseries.csv.gz");
        byte[] bytes = Files.readAllBytes(series);
        Files.write(series, Arrays.copyOf(bytes, bytes.length - 10));
        resumesToTheWholeBatch(folder);
    }

    @Test
    void aCompleteFolderWithAChangedNumberIsMadeAgain(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("complete");
        copyTree(whole, folder);
        List<String> rows = new ArrayList<>(Files.readAllLines(folder.resolve("runs.csv")));
        rows.set(2, rows.get(2).replaceFirst(",(\\d)", ",9$1"));
        Files.write(folder.resolve("runs.csv"), rows);
        assertTrue(FolderCheck.batchDamage(folder, ResultsFolder.read(folder), RUNS).contains("SHA-256"));
        resumesToTheWholeBatch(folder);
    }

    @Test
    void aCompleteFolderMissingARowIsMadeAgain(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("complete");
        copyTree(whole, folder);
        List<String> rows = new ArrayList<>(Files.readAllLines(folder.resolve("runs.csv")));
        rows.remove(3);
        Files.write(folder.resolve("runs.csv"), rows);
        assertTrue(FolderCheck.batchDamage(folder, ResultsFolder.read(folder), RUNS).contains("3 rows, not 4"));
        resumesToTheWholeBatch(folder);
    }

    @Test
    void anIntactCompleteFolderIsLeftAlone(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("complete");
        copyTree(whole, folder);
        assertTrue(Batch.run(BatchTest.config(folder, RUNS, 8, 2, true)).alreadyComplete());
    }

    // ---- helpers: the journal's lines, and an experiment that stops part-way ----

    static List<String> journalLines(Path folder) throws IOException {
        return Files.readAllLines(folder.resolve(".journal/runs.csv"), StandardCharsets.ISO_8859_1);
    }

    private static void writeLines(Path folder, List<String> lines) throws IOException {
        Files.write(folder.resolve(".journal/runs.csv"), lines, StandardCharsets.ISO_8859_1);
    }

    private static void editLine(Path folder, int index, java.util.function.UnaryOperator<String> edit)
            throws IOException {
        List<String> lines = new ArrayList<>(journalLines(folder));
        lines.set(index, edit.apply(lines.get(index)));
        writeLines(folder, lines);
    }

    private static void insertLine(Path folder, int index, String line) throws IOException {
        List<String> lines = new ArrayList<>(journalLines(folder));
        lines.add(index, line);
        writeLines(folder, lines);
    }

    private static void removeLine(Path folder, int index) throws IOException {
        List<String> lines = new ArrayList<>(journalLines(folder));
        lines.remove(index);
        writeLines(folder, lines);
    }

    private static String payloadOf(String line) {
        return line.substring(0, line.lastIndexOf(','));
    }

    /** A forged line with a valid checksum, to reach the checks behind the checksum. */
    private static String resign(String payload) {
        return JournalCheck.line(payload).strip();
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** The experiment, whose runs fail once {@code runs} have been made (a batch stopped part-way, on one thread). */
    static Experiment failingAfter(Experiment inner, int runs) {
        AtomicInteger left = new AtomicInteger(runs);
        return (Experiment) java.lang.reflect.Proxy.newProxyInstance(JournalDamageTest.class.getClassLoader(),
                new Class<?>[] {Experiment.class}, (proxy, method, args) -> {
                    if (method.getName().equals("run") && left.getAndDecrement() <= 0) {
                        throw new IllegalStateException("stopped part-way");
                    }
                    try {
                        return method.invoke(inner, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
