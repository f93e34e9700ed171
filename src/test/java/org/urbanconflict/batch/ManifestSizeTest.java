package org.urbanconflict.batch;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 9: {@code --runs 10000000} wrote a 179 MB manifest, listing every seed, before the first run. The
 * manifest now says how seeds are made, so its size does not depend on the number of runs.
 */
class ManifestSizeTest {
    @Test
    void theManifestBeforeTheFirstRunDoesNotGrowWithRuns(@TempDir Path dir) throws Exception {
        long small = manifestBeforeTheFirstRun(dir.resolve("ten"), 10);
        long large = manifestBeforeTheFirstRun(dir.resolve("million"), RunLimits.MAX_RUNS);
        assertTrue(Math.abs(large - small) < 40, small + " bytes for 10 runs, " + large + " for a million");
    }

    @Test
    void aBatchOverTheLimitIsRefusedBeforeItWritesAnything(@TempDir Path dir) {
        Batch.Config c = BatchTest.config(dir.resolve("b"), RunLimits.MAX_RUNS + 1, 1, 1, false);
        assertThrows(IllegalArgumentException.class, () -> Batch.run(c));
        assertTrue(!Files.exists(dir.resolve("b")));
    }

    private static long manifestBeforeTheFirstRun(Path out, int runs) throws Exception {
        Batch.Config plain = BatchTest.config(out, runs, 1, 1, false);
        Batch.Config stopping = new Batch.Config(JournalDamageTest.failingAfter(plain.experiment(), 0), null, runs, 1,
                1, out, false, true, "test", "test");
        assertThrows(IllegalStateException.class, () -> Batch.run(stopping));
        String manifest = Files.readString(out.resolve(ResultsFolder.MANIFEST));
        assertTrue(manifest.contains("\"status\" : \"running\"") && manifest.contains("\"rule\""), manifest);
        return manifest.length();
    }
}
