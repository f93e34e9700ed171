package org.urbanconflict.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.urbanconflict.cli.UrbanConflictCli;
import picocli.CommandLine;

/** Basra sweeps from the command line: the values recorded are the values run, and bad designs run nothing. */
class SweepTest {
    private static int sweep(StringWriter err, String... args) {
        CommandLine cli = UrbanConflictCli.commandLine();
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "sweep";
        all[1] = "scenarios/basra-2008.json";
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.execute(all);
    }

    @Test
    void aWholeNumberParameterIsRecordedAsTheRoundedValueItRanWith(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sweep");
        assertEquals(0, sweep(new StringWriter(), "--vary", "/militia/fighters=5000:6001:3", "--grid",
                "--runs-per-point", "2", "--out", out.toString(), "--quiet"));
        List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
        assertTrue(rows.get(0).startsWith("point,militia.fighters,replicate,run,seed,"), rows.get(0));
        Set<String> recorded = new TreeSet<>();
        rows.stream().skip(1).forEach(r -> recorded.add(r.split(",")[1]));
        assertEquals(new TreeSet<>(List.of("5000", "5501", "6001")), recorded, "5500.5 ran as 5501 fighters");
        List<String> points = Files.readAllLines(out.resolve("points.csv"));
        assertTrue(points.stream().skip(1).allMatch(p -> Set.of("5000", "5501", "6001").contains(p.split(",")[1])));
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"/militia/fighters\" : 5501.0"), manifest);
        var json = ResultsFolder.JSON.readTree(manifest);
        assertTrue(json.path("resolved_scenario").has("scenario.json") && json.path("parameters").has("militia"));
        var session = json.path("sessions").get(0);
        assertEquals(6, session.path("runs").asInt());
        assertTrue(session.has("started") && session.path("run_seconds").asDouble() > 0, session.toString());
        Path chart = out.resolve("charts/militia.fighters--ceasefire-stalemate.png");
        assertTrue(Files.size(chart) > 5_000);
        Files.delete(chart);
        assertEquals(0, UrbanConflictCli.commandLine().execute("chart", out.toString()));
        assertTrue(Files.size(chart) > 5_000, "chart DIR redraws a sweep from its folder alone");
    }

    @Test
    void aLatinHypercubeOverTwoParametersChartsEachOne(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("lhs");
        assertEquals(0, sweep(new StringWriter(), "--vary", "/militia/standDownCompliance=0.5:0.95", "--vary",
                "/mediation/startDay=3:5", "--lhs", "3", "--runs-per-point", "1", "--out", out.toString(),
                "--quiet"));
        assertEquals(4, Files.readAllLines(out.resolve("runs.csv")).size());
        for (String column : List.of("militia.standDownCompliance", "mediation.startDay")) {
            Path png = out.resolve("charts/" + column + "--ceasefire-stalemate.png");
            assertTrue(Files.exists(png) && Files.size(png) > 5_000, png.toString());
        }
    }

    @Test
    void theDefaultFolderIsNamedAfterTheDesign() {
        SweepDesign.Dimension fighters = SweepDesign.Dimension.parse("/militia/fighters=5000:17000:4", 5);
        SweepDesign.Dimension fewer = SweepDesign.Dimension.parse("/militia/fighters=5000:9000:4", 5);
        SweepDesign.Dimension day = SweepDesign.Dimension.parse("/mediation/startDay=2:6", 5);
        String grid = Sweep.folderName("basra-2008", List.of(fighters), null, null, 50, 1);
        assertTrue(grid.matches("sweep-basra-2008-fighters-grid-r50-seed1-[0-9a-f]{8}"), grid);
        assertEquals(grid, Sweep.folderName("basra-2008", List.of(fighters), null, null, 50, 1), "the same design, "
                + "the same folder (so --resume finds it)");
        Set<String> names = new TreeSet<>(List.of(grid,
                Sweep.folderName("basra-2008", List.of(fewer), null, null, 50, 1),
                Sweep.folderName("basra-2008", List.of(fighters), null, null, 20, 1),
                Sweep.folderName("basra-2008", List.of(fighters), null, null, 50, 2),
                Sweep.folderName("basra-2008", List.of(fighters, day), 20, null, 30, 1)));
        assertEquals(5, names.size(), "every different design gets its own folder: " + names);
        assertTrue(names.contains(Sweep.folderName("basra-2008", List.of(fighters, day), 20, null, 30, 1))
                && Sweep.folderName("basra-2008", List.of(fighters, day), 20, null, 30, 1)
                        .startsWith("sweep-basra-2008-fighters-startDay-lhs20-r30-seed1-"));
    }

    @Test
    void aParameterGivenTwiceOrStepsWithAHypercubeRunNothing(@TempDir Path dir) {
        StringWriter twice = new StringWriter();
        assertEquals(2, sweep(twice, "--vary", "/militia/fighters=5000:6000", "--vary",
                "/militia/fighters=7000:8000", "--grid", "--out", dir.resolve("a").toString()));
        assertTrue(twice.toString().contains("/militia/fighters is already varied"), twice.toString());
        StringWriter steps = new StringWriter();
        assertEquals(2, sweep(steps, "--vary", "/militia/fighters=5000:6000:4", "--lhs", "5", "--out",
                dir.resolve("b").toString()));
        assertTrue(steps.toString().contains("STEPS is for --grid"), steps.toString());
        assertTrue(twice.toString().contains("Nothing was run") && steps.toString().contains("Nothing was run"));
        assertTrue(!Files.exists(dir.resolve("a")) && !Files.exists(dir.resolve("b")), "no folder was made");
    }
}
