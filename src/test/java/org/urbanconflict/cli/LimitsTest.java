package org.urbanconflict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 items 2 and 9: values with no upper limit passed {@code validate} and then ran for ever or out of memory.
 * Each example from the issue is now refused in one line naming the value, where it is and the limit, before anything
 * is allocated or written.
 */
class LimitsTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    private int cli(String... args) {
        return CliCapture.run(out, args);
    }

    private Path basraWith(String section) throws Exception {
        Path file = dir.resolve("limits.json");
        Files.writeString(file, "{\n  \"extends\": \"" + Path.of("scenarios/basra-2008.json").toAbsolutePath()
                + "\",\n  " + section + "\n}\n");
        return file;
    }

    private void refusedByValidate(Path file, String expected) {
        assertEquals(1, cli("validate", file.toString()), out.toString());
        assertTrue(out.toString().contains(expected), out.toString());
        assertFalse(out.toString().contains("\tat "), "no stack trace");
    }

    @Test
    void defenderBonus1e300IsRefused() throws Exception {
        refusedByValidate(basraWith("\"combat\": {\"defenderBonus\": {\"value\": 1e300, \"assumption\": \"a\"}}"),
                "/combat/defenderBonus: found 1E+300; allowed: a number, 0 or more, up to 100");
    }

    @Test
    void governmentLethality1e6IsRefused() throws Exception {
        refusedByValidate(basraWith("\"combat\": {\"governmentLethality\": {\"value\": 1e6, \"assumption\": \"a\"}}"),
                "/combat/governmentLethality: found 1000000; allowed: a number, 0 or more, up to 1");
    }

    @Test
    void militiaLethality1e300IsRefused() throws Exception {
        refusedByValidate(basraWith("\"combat\": {\"militiaLethality\": {\"value\": 1e300, \"assumption\": \"a\"}}"),
                "/combat/militiaLethality: found 1E+300; allowed: a number, 0 or more, up to 1");
    }

    @Test
    void personnelOf2e9PerUnitTypeIsRefused() throws Exception {
        refusedByValidate(basraWith("\"government\": {\"types\": {\"army\": {\"personnel\": {\"value\": 2000000000,"
                + " \"assumption\": \"a\"}}}}"), "/government/types/army/personnel: found 2000000000; allowed: a whole"
                + " number, 0 or more, up to 100000");
    }

    @Test
    void sweepVaryDefenderBonusTo1e300IsRefused() {
        assertEquals(2, cli("sweep", "scenarios/basra-2008.json", "--vary", "/combat/defenderBonus=1:1e300:2",
                "--grid", "--out", dir.resolve("s").toString(), "--quiet"));
        assertTrue(out.toString().contains("up to 100"), out.toString());
        assertFalse(Files.exists(dir.resolve("s")), "nothing written");
    }

    @Test
    void aMillionStepGridIsRefusedAtOnceWithItsComputedSize() {
        assertEquals(2, cli("sweep", "scenarios/basra-2008.json", "--vary", "/militia/fighters=5000:9000:1000000",
                "--grid", "--out", dir.resolve("s").toString(), "--quiet"));
        assertTrue(out.toString().contains("the design has 1,000,000 points; at most 100,000 points per sweep"),
                out.toString());
        assertFalse(Files.exists(dir.resolve("s")), "nothing written");
    }

    @Test
    void aGridWhosePointsTimesRunsPassTheLimitIsRefused() {
        assertEquals(2, cli("sweep", "scenarios/basra-2008.json", "--vary", "/militia/fighters=5000:9000:1000",
                "--vary", "/combat/defenderBonus=1:2:100", "--grid", "--out", dir.resolve("s").toString()));
        assertTrue(out.toString().contains("the design has 100,000 points x 20 runs per point = 2,000,000 runs"),
                out.toString());
    }

    @Test
    void runs100000000IsRefusedBeforeAnythingIsWritten() {
        assertEquals(2, cli("batch", "scenarios/basra-2008.json", "--runs", "100000000", "--out",
                dir.resolve("b").toString(), "--quiet"));
        assertEquals("--runs must be from 1 to 1,000,000 (got 100,000,000)", out.toString().strip());
        assertFalse(Files.exists(dir.resolve("b")), "no manifest.json.partial, nothing");
    }

    @Test
    void runHours1000000000IsRefused() {
        assertEquals(2, cli("run", "scenarios/basra-2008.json", "--hours", "1000000000", "--out",
                dir.resolve("r").toString()));
        assertTrue(out.toString().contains("allowed: 1 to"), out.toString());
        assertFalse(Files.exists(dir.resolve("r")));
    }

    @Test
    void aMapOf401RowsIsRefusedBeforeItsGridIsBuilt() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode map = (ObjectNode) json.readTree(Path.of("scenarios/maps/basra.json").toFile());
        ArrayNode rows = (ArrayNode) map.get("rows");
        String first = rows.get(0).asText();
        while (rows.size() < 401) {
            rows.add(first);
        }
        map.remove("$schema");
        json.writeValue(dir.resolve("big-map.json").toFile(), map);
        Path scenario = basraWith("\"map\": \"big-map.json\"");
        refusedByValidate(scenario, "a list of 1 to 400 rows");
    }

    @Test
    void anEpsteinRunOfAThousandMillionStepsIsRefused() throws Exception {
        Path file = dir.resolve("long.json");
        Files.writeString(file, "{\n  \"extends\": \"" + Path.of("scenarios/epstein/run-2-punctuated.json")
                .toAbsolutePath() + "\",\n  \"run\": {\"steps\": {\"value\": 1000000000, \"assumption\": \"a\"}}\n}\n");
        refusedByValidate(file, "/run/steps: found 1000000000; allowed: a whole number of steps, 1 or more, up to"
                + " 100000");
    }
}
