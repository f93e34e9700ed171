package org.urbanconflict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad option value is one clear line, where to read about the options, and exit code 2, never coerced into
 * something else (issue 13 item 10: --threads 0 ran on one thread, --hours 1500 ran past the last day the model
 * supports).
 */
class OptionErrorsTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    private int cli(String... args) {
        return CliCapture.run(out, args);
    }

    @Test
    void threadsOutsideTheirRangeAreRefused() {
        for (String threads : new String[] {"0", "-1", "1025"}) {
            out.getBuffer().setLength(0);
            assertEquals(2, cli("batch", "scenarios/basra-2008.json", "--runs", "2", "--threads", threads, "--out",
                    dir.resolve("b" + threads).toString()));
            assertEquals("--threads must be from 1 to 1024 (got " + threads + ")\nSee 'urbanconflict help batch'"
                    + " for the options.\n", out.toString().replace("\r\n", "\n"));
            assertFalse(Files.exists(dir.resolve("b" + threads)), "nothing written");
        }
    }

    @Test
    void hoursPastTheLastDayAreRefused() {
        assertEquals(2, cli("run", "scenarios/basra-2008.json", "--hours", "1500", "--out", dir.resolve("r")
                .toString()));
        assertTrue(out.toString().startsWith("--hours 1500 would end the run on battle day 63.6; allowed: 1 to 1413"
                + " hours"), out.toString());
        assertFalse(Files.exists(dir.resolve("r")));
    }

    @Test
    void aMistypedOptionSuggestsTheRightOne() {
        assertEquals(2, cli("batch", "scenarios/basra-2008.json", "--thread", "2"));
        assertTrue(out.toString().contains("Possible solutions: --threads"), out.toString());
        assertFalse(out.toString().contains("Usage:"), "no wall of usage text");
    }

    @Test
    void allowPathWidensWhereScenariosMayReadAndMustNameAFolder() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("mine/what-if"));
        Files.copy(Path.of("scenarios/basra-2008.json"), dir.resolve("mine/basra-2008.json"));
        Files.createDirectories(dir.resolve("mine/maps"));
        Files.copy(Path.of("scenarios/maps/basra.json"), dir.resolve("mine/maps/basra.json"));
        Files.copy(Path.of("scenarios/what-if/no-mediation.json"), copy.resolve("no-mediation.json"));
        String file = copy.resolve("no-mediation.json").toString();
        assertEquals(1, cli("validate", file));
        assertTrue(out.toString().contains("outside the folders a scenario may read"), out.toString());
        assertEquals(0, cli("validate", "--allow-path", dir.resolve("mine").toString(), file), out.toString());
        assertEquals(2, cli("--allow-path", dir.resolve("nothing").toString(), "validate", file));
        assertTrue(out.toString().contains("is not a folder"), out.toString());
    }
}
