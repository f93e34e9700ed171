package org.urbanconflict.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** runs.csv read back into columns, and a broken file explained by line. */
class RunTableTest {
    @Test
    void numbersBecomeColumnsEmptyFieldsNaNAndOutcomesText(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("run,seed,deaths,target_a,outcome\n");
        for (int i = 0; i < 600; i++) {
            csv.append(i).append(',').append(1000 + i).append(',').append(i % 3 == 0 ? "" : i * 0.5).append(',')
                    .append(i % 2).append(',').append(i % 2 == 0 ? "ceasefire_stalemate" : "continued_fighting")
                    .append('\n');
        }
        Path file = dir.resolve("runs.csv");
        Files.writeString(file, csv);
        RunTable table = RunTable.read(file);
        assertEquals(600, table.size(), "read past the first growth of the columns");
        assertEquals(List.of("run", "seed", "deaths", "target_a", "outcome"), table.columns());
        assertEquals(1599.0, table.column("seed")[599]);
        assertTrue(Double.isNaN(table.column("deaths")[3]));
        assertEquals(2.0, table.column("deaths")[4]);
        assertArrayEquals(new String[] {"ceasefire_stalemate", "continued_fighting"},
                java.util.Arrays.copyOf(table.outcomes(), 2));
        assertEquals(List.of("deaths"), table.metricColumns(List.of()));
        assertTrue(!table.has("outcome"));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> table.column("x"));
        assertTrue(missing.getMessage().contains("no column x"), missing.getMessage());
    }

    @Test
    void aLineWithTooFewOrTooManyFieldsIsNamed(@TempDir Path dir) throws Exception {
        for (String bad : List.of("1,2,ok\n2,3\n", "1,2,ok\n2,3,ok,extra\n")) {
            Path file = dir.resolve("runs.csv");
            Files.writeString(file, "run,seed,outcome\n" + bad);
            IOException e = assertThrows(IOException.class, () -> RunTable.read(file));
            assertTrue(e.getMessage().contains("line 3 has") && e.getMessage().contains("expected 3"),
                    e.getMessage());
        }
    }
}
