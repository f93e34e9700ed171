package org.urbanconflict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.urbanconflict.TestScenarios;
import org.urbanconflict.core.scenario.ParameterTable;

/**
 * docs/odd.md must stay in step with the code: its parameter tables with the baseline scenario and map, and its
 * calibration figures with what the model produces today. On failure, regenerate the block with the command the
 * document gives next to it.
 */
class OddDocumentTest {
    private static String block(String name) throws Exception {
        String doc = Files.readString(Path.of("docs/odd.md"));
        String begin = "<!-- " + name + ":begin -->\n";
        int start = doc.indexOf(begin);
        int end = doc.indexOf("<!-- " + name + ":end -->");
        if (start < 0 || end < start) {
            throw new AssertionError("docs/odd.md has no " + name + " block");
        }
        return doc.substring(start + begin.length(), end);
    }

    @Test
    void parameterTableMatchesTheBaselineScenario() throws Exception {
        assertEquals(ParameterTable.markdown(TestScenarios.baseline().citations(), false), block("parameter-table"),
                "regenerate with: ./urbanconflict params scenarios/basra-2008.json");
    }

    @Test
    void mapTableMatchesTheDistrictMap() throws Exception {
        assertEquals(ParameterTable.markdown(TestScenarios.baseline().citations(), true), block("map-table"),
                "regenerate with: ./urbanconflict params scenarios/basra-2008.json --map");
    }

    @Test
    void calibrationFiguresMatchTheModel() throws Exception {
        StringWriter out = new StringWriter();
        var cli = UrbanConflictCli.commandLine();
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("targets", "scenarios/basra-2008.json", "--runs", "200", "--seed", "1",
                "--markdown"));
        assertEquals(out.toString(), block("calibration-table"),
                "regenerate with: ./urbanconflict targets scenarios/basra-2008.json --runs 200 --seed 1 --markdown");
    }
}
