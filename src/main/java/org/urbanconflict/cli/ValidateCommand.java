package org.urbanconflict.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.urbanconflict.core.ModelRegistry;
import org.urbanconflict.core.scenario.ScenarioProblem;
import org.urbanconflict.core.scenario.ScenarioValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code urbanconflict validate}: checks scenario files the way {@code run} loads them, and explains every problem
 * in {@code file:line:column: pointer: what was found; what is allowed} form, which editors and terminals turn into
 * links.
 */
@Command(name = "validate",
        sortOptions = false,
        headerHeading = "%n",
        header = "Check scenario files and explain every problem found.",
        descriptionHeading = "%n",
        description = {
            "Loads each SCENARIO exactly as 'run' would, for the model its \"model\" field names (Basra when it"
                    + " names none).",
            "A Basra file: follows \"extends\" and merges the files, checks the"
                    + " result against scenarios/scenario.schema.json, then reads the map it names and checks the"
                    + " two together (objective and staging districts exist, rows are rectangular, every map"
                    + " character is in the legend, validation targets have min <= max).",
            "An Epstein file (\"model\": \"epstein-civil-violence\"): checks it against"
                    + " scenarios/epstein/epstein.schema.json, then densities, visions, schedules and targets.",
            "",
            "Every problem is printed to standard error on its own line as",
            "  FILE:LINE:COLUMN: POINTER: what was found; what is allowed or how to fix it",
            "where POINTER is the JSON Pointer of the value, e.g. /militia/standDownCompliance. A problem in a"
                    + " value inherited through \"extends\" is reported in the file that set it.",
            "",
            "Then one verdict line per file goes to standard output, e.g.",
            "  scenarios/basra-2008.json: valid (210 cited values, 142 assumptions,",
            "    map 40x34 with 16 districts)"
        },
        parameterListHeading = "%nParameters:%n",
        optionListHeading = "%nOptions:%n",
        footerHeading = "%n",
        footer = {
            "Examples:",
            "  urbanconflict validate scenarios/basra-2008.json",
            "  urbanconflict validate scenarios/basra-2008.json scenarios/what-if/*.json",
            "",
            "Exit status: 0 when every file is valid, 1 when any has a problem, 2 for a usage error."
        })
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "SCENARIO",
            description = "Scenario files to check (.json). A file that extends another is checked merged with it.")
    private List<Path> files;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allValid = true;
        for (Path file : files) {
            if (ExperimentFiles.isJsonSchema(file)) {
                out.println(file + ": a JSON Schema (the format scenario files follow), not a scenario; skipped");
                out.flush();
                continue;
            }
            try {
                String verdict = ModelRegistry.load(file).summary();
                out.println(file + ": valid (" + verdict + ")");
            } catch (ScenarioValidationException e) {
                allValid = false;
                for (ScenarioProblem problem : e.problems()) {
                    err.println(problem.message());
                }
                err.flush();
                int count = e.problems().size();
                out.println(file + ": invalid, " + count + (count == 1 ? " problem" : " problems"));
            }
            out.flush();
        }
        return allValid ? 0 : 1;
    }
}
