package org.urbanconflict.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resuming a folder begun by a version of the tool whose model had other columns: one message that names the folder
 * and says to start a new one (exit code 2 through the command line's file-trouble handler), not an
 * IllegalStateException with a stack trace; the runs already journaled stay.
 */
class JournalColumnsChangedTest {
    @TempDir
    Path folder;

    @Test
    void aRunWithOtherColumnsIsRefusedInOneLineAndTheSavedRunsStay() throws IOException {
        try (RunJournal journal = RunJournal.open(folder)) {
            journal.append("run,seed,killed", "run,hour,killed", 0, "0,11,5", RunJournal.gzip("0,0,5\n"));
        }
        try (RunJournal journal = RunJournal.open(folder)) {
            RunJournal.ColumnsChanged refused = assertThrows(RunJournal.ColumnsChanged.class, () -> journal.append(
                    "run,seed,killed,displaced", "run,hour,killed", 1, "1,12,4,9", RunJournal.gzip("1,0,4\n")));
            assertTrue(refused.getMessage().startsWith(folder + ": run 1 has other columns"), refused.getMessage());
            assertTrue(refused.getMessage().contains("start a new folder with --out"), refused.getMessage());
            assertFalse(refused.getMessage().contains("\n"), "one line");
        }
        try (RunJournal journal = RunJournal.open(folder)) {
            assertEquals(1, journal.entries().size(), "the run saved before is kept");
            assertEquals("0,11,5", journal.entries().get(0).row());
        }
    }
}
