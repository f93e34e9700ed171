package org.urbanconflict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code calibrate} end to end on the Basra baseline, and its refusals of bad input. */
class CalibrateCommandTest {
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int execute(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = UrbanConflictCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void aSmallBasraCalibrationWritesAScenarioThatValidatesAndRuns(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("cal");
        assertEquals(0, execute("calibrate", "scenarios/basra-2008.json", "--vary",
                "/combat/governmentLethality=0.0002:0.0008", "--targets", "casualties-week-1", "--particles", "8",
                "--generations", "2", "--predictive-runs", "6", "--threads", "2", "--quiet", "--out",
                folder.toString()), err.toString());
        assertTrue(out.toString().contains("Posterior (generation 1, 8 particles)")
                && out.toString().contains("casualties-week-1"), out.toString());
        for (String file : List.of("posterior.csv", "generations.csv", "population-0.csv", "population-1.csv",
                "predictive.csv", "runs.csv", "manifest.json", "predictive/before/runs.csv",
                "predictive/posterior/summary.json", "charts/marginal-combat.governmentLethality.png",
                "charts/tolerance.png", "charts/scorecard-before-after.png")) {
            assertTrue(Files.exists(folder.resolve(file)), file);
        }
        assertEquals(9, Files.readAllLines(folder.resolve("posterior.csv")).size());
        String manifest = Files.readString(folder.resolve("manifest.json"));
        assertTrue(manifest.contains("\"kind\" : \"calibrate\"") && manifest.contains("\"status\" : \"complete\"")
                && manifest.contains("\"generation_generators\""), manifest);
        String calibrated = Files.readString(folder.resolve("calibrated.json"));
        assertTrue(calibrated.contains("\"governmentLethality\"") && calibrated.contains("ABC-SMC calibration")
                && calibrated.contains("casualties-week-1"), calibrated);
        Path scenario = folder.resolve("calibrated.json");
        assertEquals(0, execute("validate", scenario.toString()), err.toString() + out);
        assertEquals(0, execute("batch", scenario.toString(), "--runs", "2", "--quiet", "--out",
                dir.resolve("b").toString()), err.toString());
        assertEquals(0, execute("calibrate", "scenarios/basra-2008.json", "--vary",
                "/combat/governmentLethality=0.0002:0.0008", "--targets", "casualties-week-1", "--particles", "8",
                "--generations", "2", "--predictive-runs", "6", "--quiet", "--out", folder.toString(), "--resume"));
        assertTrue(out.toString().contains("already complete"), out.toString());
    }

    @Test
    void badInputIsOneMessageAndExitCodeTwo(@TempDir Path dir) {
        String s = "scenarios/basra-2008.json";
        String v = "/combat/governmentLethality=0.0002:0.0008";
        assertRefused("MIN must be below MAX", s, "--vary", "/combat/governmentLethality=0.0008:0.0002");
        assertRefused("no target 'nope'", s, "--vary", v, "--targets", "nope");
        assertRefused("--particles must be at least 2", s, "--vary", v, "--particles", "1");
        assertRefused("cannot read", s, "--prior", dir.resolve("missing.csv").toString());
        assertRefused("not a numeric parameter", s, "--vary", "/combat/nothing=1:2");
        assertRefused("is not allowed", s, "--vary", "/combat/governmentLethality=-1:0.001");
        assertRefused("not both", s, "--vary", v, "--prior", "x.csv");
        assertRefused("--quantile must be between 0 and 1", s, "--vary", v, "--quantile", "1");
        assertRefused("only abc", s, "--vary", v, "--method", "cmaes");
    }

    private void assertRefused(String message, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("calibrate"));
        all.addAll(List.of(args));
        assertEquals(2, execute(all.toArray(String[]::new)), String.join(" ", args));
        assertTrue(err.toString().contains(message) && !err.toString().contains("Exception")
                && !err.toString().contains("\tat "), err.toString());
    }
}
