package org.urbanconflict.basra.gui;

import org.urbanconflict.gui.ScenarioCatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scenario picker offers every shipped scenario by name, the baseline first. */
class ScenarioCatalogTest {
    @Test
    void offersTheBaselineThenEveryWhatIf() {
        Path folder = ScenarioCatalog.folderFor(Path.of("scenarios/what-if/no-mediation.json"));
        assertEquals(Path.of("scenarios").toAbsolutePath().normalize(), folder);
        assertEquals(folder, ScenarioCatalog.folderFor(Path.of("scenarios/basra-2008.json")));
        List<ScenarioCatalog.Entry> entries = ScenarioCatalog.list(folder);
        assertEquals("Basra 2008 baseline", entries.get(0).name());
        assertFalse(entries.get(0).whatIf());
        assertEquals("Basra 2008, phase 2: the April clearance (prediction)", entries.get(1).name());
        assertFalse(entries.get(1).whatIf());
        assertTrue(entries.size() >= 10, "the baseline, the April phase and eight what-ifs ship");
        assertTrue(entries.stream().skip(2).allMatch(ScenarioCatalog.Entry::whatIf));
        assertTrue(entries.stream().noneMatch(e -> e.file().toString().endsWith(".schema.json")));
        assertTrue(entries.stream().anyMatch(e -> e.name().equals("What if: no mediation")));
    }

    @Test
    void offersEpsteinsRunsThenTheRuleVariants() {
        Path folder = ScenarioCatalog.folderFor(Path.of("scenarios/epstein/variants/run-2-literal.json"), "variants");
        assertEquals(Path.of("scenarios/epstein").toAbsolutePath().normalize(), folder);
        List<ScenarioCatalog.Entry> entries = ScenarioCatalog.list(folder, "variants");
        assertEquals(8, entries.size(), "five runs of Table 2, two rule variants and the docking targets: " + entries);
        assertTrue(entries.get(0).name().startsWith("Epstein run 1"), entries.get(0).name());
        assertTrue(entries.stream().limit(5).noneMatch(ScenarioCatalog.Entry::whatIf));
        assertTrue(entries.stream().skip(5).allMatch(ScenarioCatalog.Entry::whatIf));
        assertTrue(entries.stream().noneMatch(e -> e.file().toString().endsWith(".schema.json")));
    }
}
