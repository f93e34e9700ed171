package org.urbanconflict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code sensitivity} from the command line: both models end to end, and every bad input is one message, exit 2. */
class SensitivityCommandTest {
    private static final String BASRA = "scenarios/basra-2008.json";

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cli = UrbanConflictCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "sensitivity";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.execute(all);
    }

    @Test
    void aBasraMorrisScreeningWritesItsFolderAndReport(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        Path folder = dir.resolve("m");
        assertEquals(0, run(out, new StringWriter(), BASRA, "--method", "morris", "--vary",
                "/militia/standDownCompliance=0.5:0.95", "--vary", "/militia/fighters=5000:17000", "--design-size", "2",
                "--runs-per-point", "2", "--metrics", "gov_killed,ceasefire_day", "--threads", "2", "--out",
                folder.toString()));
        assertTrue(out.toString().contains("morris: 2 trajectories, 4 levels") && out.toString().contains("mu*"),
                out.toString());
        List<String> runs = Files.readAllLines(folder.resolve("runs.csv"));
        assertEquals(2 * 3 * 2 + 1, runs.size());
        assertTrue(runs.get(0).startsWith("point,militia.standDownCompliance,militia.fighters,replicate,run,seed,"));
        List<String> indices = Files.readAllLines(folder.resolve("indices.csv"));
        assertEquals("method,metric,parameter,statistic,value,ci_low,ci_high,n", indices.get(0));
        assertTrue(indices.contains(indices.stream().filter(l -> l.startsWith("morris,gov_killed,/militia/fighters,"
                + "mu_star,")).findFirst().orElse("missing")));
        for (String metric : List.of("gov_killed", "ceasefire_day")) {
            assertTrue(Files.size(folder.resolve("charts/morris--" + metric + ".png")) > 10_000, metric);
        }
        assertTrue(Files.readString(folder.resolve("manifest.json")).contains("\"kind\" : \"sensitivity\""));
    }

    @Test
    void anEpsteinSobolAnalysisRunsThroughTheSameCommand(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        Path folder = dir.resolve("s");
        assertEquals(0, run(out, new StringWriter(), "scenarios/epstein/run-3-legitimacy-gradual.json", "--method",
                "sobol", "--vary", "/population/copDensity=0.03:0.05", "--vary", "/cops/maxJailTerm=15:45",
                "--design-size", "4", "--runs-per-point", "1", "--metrics", "outbursts", "--threads", "2", "--out",
                folder.toString(), "--quiet"));
        assertEquals(4 * 4 + 1, Files.readAllLines(folder.resolve("runs.csv")).size());
        List<String> indices = Files.readAllLines(folder.resolve("indices.csv"));
        assertEquals(1 + 2 * 2 * 2, indices.size(), "S1 and ST of two parameters at N/2 and N: " + indices);
        assertTrue(Files.size(folder.resolve("charts/sobol--outbursts.png")) > 10_000);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--method tornado --vary /militia/fighters=5000:17000 | --method tornado: expected morris or sobol",
        "--method morris --vary /militia/fighters | expected PATH=MIN:MAX",
        "--method morris --vary /militia/fighters=17000:5000 | MIN 17000 is above MAX 5000",
        "--method morris --vary /militia/fighters=5000:5000 | MIN must be below MAX",
        "--method morris --vary /militia/fighters=5000:9000:3 | give PATH=MIN:MAX",
        "--method morris --vary /militia/fighterz=1:2 | /militia/fighterz is not a numeric parameter",
        "--method morris --vary /militia/standDownCompliance=0.5:1.5 | /militia/standDownCompliance = 1.5 is not "
            + "allowed",
        "--method sobol --vary /militia/fighters=5000:17000 --design-size 100 | Sobol needs N a power of two",
        "--method morris --vary /militia/fighters=5000:17000 --levels 5 | an even number of levels",
        "--method sobol --vary /militia/fighters=5000:17000 --levels 4 | --levels is for --method morris",
        "--method morris --vary /militia/fighters=5000:17000 --metrics gov_killed,peace | --metrics peace: no such"
            + " metric",
        "--method morris --vary /militia/fighters=5000:17000 --runs-per-point 0 | --runs-per-point 0: must be at "
            + "least 1",
        "--method morris --vary /militia/fighters=5000:17000 --vary /militia/fighters=1:2 | is already varied"})
    void badInputIsOneMessageAndExitTwo(String args, String message, @TempDir Path dir) {
        StringWriter err = new StringWriter();
        Path folder = dir.resolve("out");
        List<String> all = new java.util.ArrayList<>(List.of(BASRA));
        all.addAll(List.of(args.trim().split(" ")));
        all.addAll(List.of("--out", folder.toString()));
        assertEquals(2, run(new StringWriter(), err, all.toArray(String[]::new)), err.toString());
        assertTrue(err.toString().contains(message), err.toString());
        assertFalse(err.toString().contains("Exception") || err.toString().contains("\tat "), err.toString());
        assertFalse(Files.exists(folder), "nothing was written");
    }
}
