package org.urbanconflict.epstein;

import org.urbanconflict.core.scenario.CanonicalJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.urbanconflict.core.scenario.CitedFile;
import org.urbanconflict.core.scenario.LocatedDocument;
import org.urbanconflict.core.scenario.ScenarioProblem;
import org.urbanconflict.core.scenario.ScenarioValidationException;
import org.urbanconflict.core.scenario.ValidationTarget;

/**
 * The one way an Epstein scenario file becomes an {@link EpsteinScenario}: read, merged over what it
 * {@code extends} and checked against {@code scenarios/epstein/epstein.schema.json} by the scenario package's
 * {@link CitedFile} (so problems read exactly like a Basra file's: file:line:column, pointer, what was found, what
 * is allowed), then checked for what a schema cannot say (densities that add up to more than the lattice, visions
 * wider than the torus, overlapping schedules, unknown metrics in targets) and bound into
 * {@link EpsteinParameters}. Every problem is collected before giving up.
 */
public final class EpsteinScenarioLoader {
    /** The schema's path under {@code scenarios/}, and in the jar under {@code schemas/}. */
    public static final String SCHEMA = "epstein/epstein.schema.json";

    private EpsteinScenarioLoader() {
    }

    /**
     * Loads, validates and resolves an Epstein scenario file.
     *
     * @throws ScenarioValidationException with every problem found, if there is any
     */
    public static EpsteinScenario load(Path file) {
        List<ScenarioProblem> problems = new ArrayList<>();
        EpsteinScenario scenario = read(file, problems);
        if (!problems.isEmpty() || scenario == null) {
            throw new ScenarioValidationException(CitedFile.ordered(problems));
        }
        return scenario;
    }

    /** Every problem of a file, without throwing; empty when it is valid. */
    public static List<ScenarioProblem> validate(Path file) {
        List<ScenarioProblem> problems = new ArrayList<>();
        read(file, problems);
        return CitedFile.ordered(problems);
    }

    /**
     * Validates and loads a scenario already read and merged over what it extends (the model registry reads each file
     * once, whatever its model).
     *
     * @throws ScenarioValidationException with every problem found, if there is any
     */
    public static EpsteinScenario load(LocatedDocument merged, Path file) {
        List<ScenarioProblem> problems = new ArrayList<>();
        EpsteinScenario scenario = bind(CitedFile.of(merged, SCHEMA, problems), file, problems);
        if (!problems.isEmpty() || scenario == null) {
            throw new ScenarioValidationException(CitedFile.ordered(problems));
        }
        return scenario;
    }

    private static EpsteinScenario read(Path file, List<ScenarioProblem> problems) {
        return bind(CitedFile.read(file, SCHEMA, problems), file, problems);
    }

    private static EpsteinScenario bind(CitedFile f, Path file, List<ScenarioProblem> problems) {
        if (f == null || !problems.isEmpty()) {
            return null; // the schema found problems: binding would only repeat them
        }
        JsonNode v = f.plain();
        EpsteinParameters p = new EpsteinParameters();
        for (EpsteinFields field : EpsteinFields.NUMBERS) {
            JsonNode value = v.at(field.pointer());
            if (value.isNumber()) {
                field.set(p, value.asDouble());
            }
        }
        p.arrestRule(ArrestRule.of(v.at("/citizens/arrestRule").asText()));
        p.setActiveCountsTwice(v.at("/citizens/activeCountsTwice").asBoolean());
        p.setMovement(v.at("/citizens/movement").asBoolean());
        if (v.at(EpsteinFields.MAX_JAIL_TERM).isTextual()) {
            p.setInfiniteJail(true);
            p.setMaxJailTerm(1);
        }
        crossCheck(f, p, problems);
        List<ScheduledChange> schedule = schedule(f, p, problems);
        List<ValidationTarget> targets = targets(f, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        String resolved = f.canonicalJson();
        return new EpsteinScenario(v.path("name").asText(), v.path("description").asText(), file.toString(),
                resolved, CanonicalJson.sha256(resolved), p, schedule, f.citations(), targets);
    }

    private static void crossCheck(CitedFile f, EpsteinParameters p, List<ScenarioProblem> problems) {
        double total = p.getCitizenDensity() + p.getCopDensity();
        if (total > 1 + 1e-12) {
            problems.add(f.problem("/population/copDensity", String.format(Locale.ROOT, "found %s with citizen"
                    + " density %s: %s of the cells together", num(p.getCopDensity()), num(p.getCitizenDensity()),
                    num(total)), "allowed: citizen and cop densities that add up to at most 1"));
        }
        double half = Math.min(p.getWidth(), p.getHeight()) / 2.0;
        vision(f, "/citizens/vision", p.getCitizenVision(), half, problems);
        vision(f, "/cops/vision", p.getCopVision(), half, problems);
    }

    private static void vision(CitedFile f, String pointer, double vision, double half,
            List<ScenarioProblem> problems) {
        if (vision >= half) {
            problems.add(f.problem(pointer, "found " + num(vision) + ", as wide as the torus",
                    "allowed: a radius less than half the torus's smaller side (" + num(half) + "), so no cell is"
                            + " seen twice across the edge"));
        }
    }

    private static List<ScheduledChange> schedule(CitedFile f, EpsteinParameters p, List<ScenarioProblem> problems) {
        List<ScheduledChange> changes = new ArrayList<>();
        JsonNode items = f.plain().path("schedule");
        for (int i = 0; i < items.size(); i++) {
            JsonNode c = items.get(i);
            String at = "/schedule/" + i;
            ScheduledChange change = new ScheduledChange(ScheduledChange.Target.of(c.get("parameter").asText()),
                    c.get("fromStep").asInt(), c.get("toStep").asInt(), c.get("to").asDouble(),
                    c.has("source") ? "source: " + c.get("source").asText() : "assumption: "
                            + c.get("assumption").asText());
            if (change.toStep() < change.fromStep()) {
                problems.add(f.problem(at + "/toStep", "found " + change.toStep() + ", before fromStep "
                        + change.fromStep(), "allowed: a step not before fromStep (equal for a jump)"));
            }
            if (!change.leavesRoom(p)) {
                problems.add(f.problem(at + "/to", "found " + num(change.to()) + " with citizen density "
                        + num(p.getCitizenDensity()), "allowed: a cop density that leaves room for the citizens"
                        + " (at most " + num(1 - p.getCitizenDensity()) + ")"));
            }
            for (int k = 0; k < changes.size(); k++) {
                ScheduledChange o = changes.get(k);
                if (o.target() == change.target() && change.fromStep() <= o.toStep()
                        && o.fromStep() <= change.toStep()) {
                    problems.add(f.problem(at, "found a change of " + change.target().jsonName() + " over steps "
                            + change.fromStep() + "-" + change.toStep() + " that overlaps /schedule/" + k,
                            "allowed: changes of one parameter that do not overlap in time"));
                }
            }
            changes.add(change);
        }
        return changes;
    }

    private static List<ValidationTarget> targets(CitedFile f, List<ScenarioProblem> problems) {
        List<ValidationTarget> result = new ArrayList<>();
        JsonNode targets = f.plain().path("validationTargets");
        for (int i = 0; i < targets.size(); i++) {
            JsonNode t = targets.get(i);
            List<ValidationTarget.Condition> conditions = new ArrayList<>();
            for (int k = 0; k < t.get("conditions").size(); k++) {
                JsonNode c = t.get("conditions").get(k);
                String at = "/validationTargets/" + i + "/conditions/" + k;
                String metric = c.get("metric").asText();
                if (!EpsteinResults.SUMMARY_METRICS.contains(metric)) {
                    problems.add(f.problem(at + "/metric", "found \"" + metric + "\", not a summary metric of this"
                            + " model", "allowed: one of " + String.join(", ", EpsteinResults.SUMMARY_METRICS)));
                }
                Double min = c.has("min") ? c.get("min").asDouble() : null;
                Double max = c.has("max") ? c.get("max").asDouble() : null;
                if (min != null && max != null && min > max) {
                    problems.add(f.problem(at + "/max", "found max " + num(max) + " below min " + num(min),
                            "allowed: min <= max"));
                }
                conditions.add(new ValidationTarget.Condition(metric, min, max));
            }
            result.add(new ValidationTarget(t.get("id").asText(), t.get("description").asText(),
                    t.get("source").asText(), conditions));
        }
        return result;
    }

    private static String num(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
