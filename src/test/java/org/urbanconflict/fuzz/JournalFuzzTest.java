package org.urbanconflict.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import org.urbanconflict.batch.RunJournal;

/**
 * Fuzz target for the journal reader that {@code --resume} uses: any bytes as the journal's lines and time series.
 * Opening must never throw on content: what fails a check is dropped, so its run is made again. The runs kept must be
 * inside the batch (0 to 99), each once, with a member inside the time series file. The input is the lines file, a
 * NUL byte, then the time series file, so the committed inputs are real journals joined that way.
 */
class JournalFuzzTest {
    private static final int RUNS = 100;

    @FuzzTest(maxDuration = "60s")
    void keepsOnlyWhatPassesItsChecks(byte[] input) throws Exception {
        int split = 0;
        while (split < input.length && input[split] != 0) {
            split++;
        }
        Path folder = Files.createTempDirectory("urbanconflict-journal-fuzz");
        try {
            Path journal = Files.createDirectories(folder.resolve(".journal"));
            Files.write(journal.resolve("runs.csv"), java.util.Arrays.copyOfRange(input, 0, split));
            Files.write(journal.resolve("timeseries.gz"), java.util.Arrays.copyOfRange(input, Math.min(split + 1,
                    input.length), input.length));
            long seriesSize = Files.size(journal.resolve("timeseries.gz"));
            try (RunJournal opened = RunJournal.open(folder, 0, RUNS - 1)) {
                BitSet seen = new BitSet();
                for (RunJournal.Entry e : opened.entries()) {
                    if (e.run() < 0 || e.run() >= RUNS || seen.get(e.run())) {
                        throw new AssertionError("kept run " + e.run() + " twice or outside the batch");
                    }
                    if (e.offset() < 0 || e.length() < 0 || e.offset() + e.length() > seriesSize) {
                        throw new AssertionError("kept run " + e.run() + " whose member is outside the series");
                    }
                    seen.set(e.run());
                    opened.readSeries(e);
                }
            }
        } finally {
            FuzzFiles.delete(folder);
        }
    }
}
