package org.urbanconflict.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.urbanconflict.basra.BasraExperiment;
import org.urbanconflict.cli.UrbanConflictCli;
import org.urbanconflict.core.scenario.ScenarioValidationException;
import org.urbanconflict.epstein.EpsteinExperiment;
import picocli.CommandLine;

/**
 * Every command loads scenarios through the model registry: one parse picks the model from the inherited "model"
 * field, so no command reads one model's file as another's.
 */
class ModelRegistryTest {
    private static final String EPSTEIN = "scenarios/epstein/run-2-punctuated.json";

    @Test
    void bothModelsAreRegisteredAndFilesFindTheirs() {
        assertEquals(List.of("basra-2008", "epstein-civil-violence"),
                ModelRegistry.models().stream().map(ModelDefinition::id).toList());
        assertInstanceOf(BasraExperiment.class, ModelRegistry.load(Path.of("scenarios/basra-2008.json")));
        assertInstanceOf(BasraExperiment.class, ModelRegistry.load(Path.of("scenarios/what-if/no-mediation.json")));
        assertInstanceOf(EpsteinExperiment.class, ModelRegistry.load(Path.of(EPSTEIN)));
        assertInstanceOf(EpsteinExperiment.class, ModelRegistry.load(Path.of(
                "scenarios/epstein/variants/run-2-literal.json")), "the model is inherited through extends");
    }

    @Test
    void aLongChainOfExtendsKeepsItsModel(@TempDir Path dir) throws IOException {
        Path parent = Path.of(EPSTEIN).toAbsolutePath();
        for (int i = 0; i < 20; i++) {
            Path child = dir.resolve("level-" + i + ".json");
            Files.writeString(child, "{\"extends\": \"" + parent + "\"}\n");
            parent = child;
        }
        assertInstanceOf(EpsteinExperiment.class, ModelRegistry.load(parent));
    }

    @Test
    void anUnknownModelIsOneClearProblem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("typo.json");
        Files.writeString(file, "{\"extends\": \"" + Path.of(EPSTEIN).toAbsolutePath()
                + "\",\n \"model\": \"epstein-civil-violenc\"}\n");
        ScenarioValidationException e = assertThrows(ScenarioValidationException.class,
                () -> ModelRegistry.load(file));
        assertEquals(1, e.problems().size());
        String message = e.problems().get(0).message();
        assertTrue(message.contains("typo.json:2:") && message.contains("/model")
                && message.contains("epstein-civil-violence"), message);
    }

    @Test
    void aWindowOfOneModelRefusesAnothersFile() {
        ScenarioValidationException e = assertThrows(ScenarioValidationException.class,
                () -> ModelRegistry.load(Path.of(EPSTEIN), BasraExperiment.class, "open it elsewhere"));
        assertTrue(e.problems().get(0).message().contains("Epstein"), e.problems().get(0).message());
    }

    @Test
    void paramsTargetsAndValidateWorkForEpstein() {
        StringWriter out = new StringWriter();
        assertEquals(0, cli(out, "params", EPSTEIN), out.toString());
        assertTrue(out.toString().contains("| `/citizens/legitimacy` | 0.82 |"), out.toString());
        out = new StringWriter();
        assertEquals(0, cli(out, "targets", EPSTEIN, "--runs", "2", "--threads", "1"), out.toString());
        assertTrue(!out.toString().contains("problem"), out.toString());
        out = new StringWriter();
        assertEquals(0, cli(out, "validate", EPSTEIN), out.toString());
        assertTrue(out.toString().contains("valid (Epstein civil violence, 40x40 torus"), out.toString());
        out = new StringWriter();
        assertEquals(2, cli(out, "params", EPSTEIN, "--map"));
        assertTrue(out.toString().contains("has none"), out.toString());
    }

    @Test
    void aComparisonOfTwoModelsIsRefusedBeforeAnyRun(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        assertEquals(2, cli(out, "compare", "scenarios/basra-2008.json", EPSTEIN, "--runs", "2", "--out",
                dir.resolve("c").toString()));
        assertTrue(out.toString().contains("compare two scenarios of one model"), out.toString());
        assertTrue(!Files.exists(dir.resolve("c")), "nothing was written");
    }

    private static int cli(StringWriter out, String... args) {
        CommandLine cli = UrbanConflictCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        return cli.execute(args);
    }
}
