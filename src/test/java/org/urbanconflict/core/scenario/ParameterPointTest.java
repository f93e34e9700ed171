package org.urbanconflict.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.urbanconflict.TestScenarios;
import org.urbanconflict.basra.BasraExperiment;
import org.urbanconflict.basra.scenario.ScenarioLoader;
import org.urbanconflict.batch.RunRows;
import org.urbanconflict.batch.Task;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.RunResult;
import org.urbanconflict.epstein.EpsteinExperiment;
import org.urbanconflict.epstein.EpsteinScenarioLoader;

/**
 * A parameter point is set on a copied bean and checked there, with no file written or read: it must run exactly as
 * the same value written into a scenario file and loaded, and its self-contained copy must say what it ran.
 */
class ParameterPointTest {
    @TempDir
    Path dir;

    @Test
    void rangesComeFromTheSchema() {
        NumericRange share = NumericRange.of(JsonSchemaCheck.scenario(), "/militia/standDownCompliance");
        assertEquals(0, share.min());
        assertEquals(1, share.max());
        assertTrue(!share.integral());
        assertNull(share.problem(0.85));
        assertTrue(share.problem(1.5).contains("found 1.5"), share.problem(1.5));
        NumericRange count = NumericRange.of(JsonSchemaCheck.scenario(), "/militia/fighters");
        assertTrue(count.integral());
        assertEquals(12345, count.fit(12345.4));
        assertTrue(count.problem(-1) != null);
        NumericRange jail = NumericRange.of(JsonSchemaCheck.named(EpsteinScenarioLoader.SCHEMA), "/cops/maxJailTerm");
        assertTrue(jail.integral(), "an integer-or-text field is a whole number when a number is given");
        assertNull(NumericRange.of(JsonSchemaCheck.scenario(), "/militia"), "a section is no number");
        assertNull(NumericRange.of(JsonSchemaCheck.scenario(), "/time/startDate"), "a date is no number");
        assertNull(NumericRange.of(JsonSchemaCheck.scenario(), "/militia/fightrs"));
    }

    @Test
    void beanPointersFollowTheFilesSections() {
        var p = TestScenarios.baseline().parameters();
        assertEquals(p.getMilitia().getFighters(), BeanPointer.get(p, "/militia/fighters"));
        BeanPointer.set(p, "/militia/fighters", 9000.6);
        assertEquals(9001, p.getMilitia().getFighters());
        assertTrue(Double.isNaN(BeanPointer.get(p, "/militia/nothing")));
        assertTrue(!BeanPointer.isNumeric(p, "/militia"));
        assertThrows(IllegalArgumentException.class, () -> BeanPointer.set(p, "/militia/postures", 1));
    }

    @Test
    void aBasraPointRunsLikeTheSameValueWrittenInAFile() throws IOException {
        BasraExperiment base = new BasraExperiment(TestScenarios.baseline());
        Experiment point = base.withParameter("/militia/fighters", 9000.4).withParameter("/combat/defenderBonus",
                1.7);
        assertEquals(9000, point.parameterValue("/militia/fighters"));
        Experiment reloaded = new BasraExperiment(ScenarioLoader.load(writeFolder(point.configurationFiles(),
                BasraExperiment.SCENARIO_FILE)));
        assertEquals(reloaded.parametersJson(), point.parametersJson(), "the folder copy holds the point's values");
        assertEquals(row(reloaded, 11), row(point, 11));
        assertTrue(!row(base, 11).equals(row(point, 11)), "the point differs from the base");
        Experiment baseCopy = new BasraExperiment(ScenarioLoader.load(writeFolder(base.configurationFiles(),
                BasraExperiment.SCENARIO_FILE)));
        assertEquals(row(base, 11), row(baseCopy, 11), "a results folder's copy reproduces its runs: the copied map"
                + " keeps the districts in the file's order, which is the order of their indices");
    }

    @Test
    void anEpsteinPointRunsLikeTheSameValueWrittenInAFile() throws IOException {
        Experiment base = new EpsteinExperiment(EpsteinScenarioLoader.load(Path.of(
                "scenarios/epstein/run-1-deception.json")));
        Experiment point = base.withParameter("/citizens/legitimacy", 0.7);
        Experiment reloaded = new EpsteinExperiment(EpsteinScenarioLoader.load(writeFolder(
                point.configurationFiles(), EpsteinExperiment.SCENARIO_FILE)));
        assertEquals(reloaded.parametersJson(), point.parametersJson());
        assertEquals(row(reloaded, 5), row(point, 5));
    }

    @Test
    void switchesAreSetAsZeroOrOneAndRunLikeTheSameValueWrittenInAFile() throws IOException {
        BasraExperiment base = new BasraExperiment(TestScenarios.baseline());
        assertTrue(base.isSwitch("/mediation/enabled") && !base.isSwitch("/militia/fighters"));
        assertEquals(NumericRange.SWITCH, NumericRange.settable(JsonSchemaCheck.scenario(), "/mediation/enabled"));
        assertNull(NumericRange.of(JsonSchemaCheck.scenario(), "/mediation/enabled"), "a switch is no number");
        assertEquals(1, base.parameterValue("/mediation/enabled"));
        Experiment off = base.withParameter("/mediation/enabled", 0);
        assertEquals(0, off.parameterValue("/mediation/enabled"));
        String copy = off.configurationFiles().get(BasraExperiment.SCENARIO_FILE);
        assertTrue(copy.replaceAll("\\s", "").contains("\"enabled\":{\"value\":false,\"assumption\":"
                + "\"variedbyasweep\"}"), "the copy says false, as a file would");
        Experiment reloaded = new BasraExperiment(ScenarioLoader.load(writeFolder(off.configurationFiles(),
                BasraExperiment.SCENARIO_FILE)));
        assertEquals(row(reloaded, 11), row(off, 11));
        assertTrue(!row(base, 11).equals(row(off, 11)), "without mediation the run differs");
        IllegalArgumentException two = assertThrows(IllegalArgumentException.class,
                () -> base.withParameter("/mediation/enabled", 2));
        assertTrue(two.getMessage().contains("true or false, written 1 or 0"), two.getMessage());

        Experiment epstein = new EpsteinExperiment(EpsteinScenarioLoader.load(Path.of(
                "scenarios/epstein/run-1-deception.json")));
        assertTrue(epstein.isSwitch("/citizens/movement"));
        Experiment still = epstein.withParameter("/citizens/movement", 0);
        assertEquals(0, still.parameterValue("/citizens/movement"));
        Experiment stillReloaded = new EpsteinExperiment(EpsteinScenarioLoader.load(writeFolder(
                still.configurationFiles(), EpsteinExperiment.SCENARIO_FILE)));
        assertEquals(stillReloaded.parametersJson(), still.parametersJson());
        assertEquals(row(stillReloaded, 5), row(still, 5));
    }

    @Test
    void valuesThatBreakARuleAcrossParametersAreRefused() {
        BasraExperiment base = new BasraExperiment(TestScenarios.baseline());
        IllegalArgumentException early = assertThrows(IllegalArgumentException.class,
                () -> base.withParameter("/time/horizonDays", 1));
        assertTrue(early.getMessage().contains("/time/horizonDays") && early.getMessage().contains("after"),
                early.getMessage());
    }

    private Path writeFolder(Map<String, String> files, String main) throws IOException {
        Path folder = Files.createTempDirectory(dir, "copy");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(folder.resolve(f.getKey()), f.getValue());
        }
        return folder.resolve(main);
    }

    private static String row(Experiment e, long seed) {
        RunResult r = e.run(seed);
        return RunRows.row(Task.plain(0, e, seed), r);
    }
}
