package org.urbanconflict.basra.scenario;

import org.urbanconflict.core.scenario.LocatedDocument;
import org.urbanconflict.core.scenario.ScenarioProblem;
import org.urbanconflict.core.scenario.SchemaWording;
import org.urbanconflict.core.scenario.Spelling;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that need more than one value at a time, so no schema can state them: district ids against the map,
 * ordered pairs of days, validation-target bounds. Each check runs only where the values have the right types (the
 * schema reports wrong types), so that one mistake is reported once.
 */
final class ScenarioCrossChecks {
    private final LocatedDocument scenario;
    private final List<ScenarioProblem> problems;

    private ScenarioCrossChecks(LocatedDocument scenario, List<ScenarioProblem> problems) {
        this.scenario = scenario;
        this.problems = problems;
    }

    /**
     * @param districtIds the map's district ids, or null when the map could not be read (district checks are skipped)
     * @param mapFile     the map file, for messages
     */
    static void check(LocatedDocument scenario, List<String> districtIds, Path mapFile,
            List<ScenarioProblem> problems) {
        ScenarioCrossChecks checks = new ScenarioCrossChecks(scenario, problems);
        if (districtIds != null) {
            checks.districts("/government/stagingDistricts", districtIds, mapFile);
            checks.districts("/government/objectives", districtIds, mapFile);
            checks.districts(CLEARANCE_ORDER, districtIds, mapFile);
        }
        checks.clearanceAmongObjectives(districtIds);
        checks.date("/time/startDate");
        for (ParameterRules.DayOrder order : ParameterRules.DAY_ORDERS) {
            checks.before(order);
        }
        checks.postures();
        checks.targets();
    }

    private void districts(String pointer, List<String> ids, Path mapFile) {
        JsonNode list = scenario.at(pointer + "/value");
        for (int i = 0; i < list.size(); i++) {
            JsonNode id = list.get(i);
            if (id.isTextual() && !ids.contains(id.asText())) {
                String at = pointer + "/value/" + i;
                problems.add(ScenarioProblem.at(scenario.valueOrigin(at), at, "found \"" + id.asText()
                        + "\", which is not a district of " + mapFile, "allowed: one of " + String.join(", ", ids)
                        + Spelling.suggestion(id.asText(), ids)));
            }
        }
    }

    private static final String CLEARANCE_ORDER = "/clearance/order";

    /**
     * The clearance moves along the objectives' routes, so each district it clears must be an objective. An id that
     * is not a district of the map at all is reported once, by the map check, and so is a misspelt objective (the
     * check waits until the objectives are right).
     */
    private void clearanceAmongObjectives(List<String> districtIds) {
        JsonNode order = scenario.at(CLEARANCE_ORDER + "/value");
        List<String> objectives = new ArrayList<>();
        scenario.at("/government/objectives/value").forEach(o -> objectives.add(o.asText()));
        if (districtIds != null && !districtIds.containsAll(objectives)) {
            return;
        }
        for (int i = 0; i < order.size(); i++) {
            JsonNode id = order.get(i);
            if (id.isTextual() && !objectives.contains(id.asText())
                    && (districtIds == null || districtIds.contains(id.asText()))) {
                String at = CLEARANCE_ORDER + "/value/" + i;
                problems.add(ScenarioProblem.at(scenario.valueOrigin(at), at, "found \"" + id.asText()
                        + "\", which is not one of /government/objectives", "allowed: one of "
                        + String.join(", ", objectives) + " (add it to /government/objectives to clear it)"));
            }
        }
    }

    private void date(String pointer) {
        JsonNode value = scenario.at(pointer + "/value");
        if (value.isTextual() && value.asText().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            try {
                LocalDate.parse(value.asText());
            } catch (DateTimeParseException e) {
                problems.add(ScenarioProblem.at(scenario.valueOrigin(pointer + "/value"), pointer, "found "
                        + value + ", which is not a calendar date", "allowed: a real date written yyyy-mm-dd"));
            }
        }
    }

    private void before(ParameterRules.DayOrder order) {
        String earlierPointer = order.earlier();
        String laterPointer = order.later();
        boolean equalAllowed = order.equalAllowed();
        String why = order.why();
        JsonNode earlier = scenario.at(earlierPointer + "/value");
        JsonNode later = scenario.at(laterPointer + "/value");
        if (earlier.isNumber() && later.isNumber()) {
            if (!order.holds(earlier.asDouble(), later.asDouble())) {
                problems.add(ScenarioProblem.at(scenario.valueOrigin(laterPointer + "/value"), laterPointer,
                        "found " + SchemaWording.describe(later) + ", not after " + earlierPointer + " ("
                                + SchemaWording.describe(earlier) + ")",
                        "allowed: a day " + (equalAllowed ? "on or after " : "after ") + earlierPointer + ": " + why));
            }
        }
    }

    private void postures() {
        JsonNode postures = scenario.at(ParameterRules.POSTURES);
        double sum = 0;
        int numbers = 0;
        for (JsonNode weight : postures) {
            if (weight.path("value").isNumber()) {
                sum += weight.path("value").asDouble();
                numbers++;
            }
        }
        if (numbers == postures.size() && numbers > 0 && sum <= 0) {
            problems.add(ScenarioProblem.at(scenario.valueOrigin(ParameterRules.POSTURES), ParameterRules.POSTURES,
                    "found every posture weight 0", "allowed: weights with a positive sum (only their ratios matter)"));
        }
    }

    private void targets() {
        JsonNode targets = scenario.at("/validationTargets");
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int t = 0; t < targets.size(); t++) {
            String pointer = "/validationTargets/" + t;
            JsonNode id = targets.get(t).path("id");
            if (id.isTextual()) {
                Integer earlier = firstIndex.putIfAbsent(id.asText(), t);
                if (earlier != null) {
                    problems.add(ScenarioProblem.at(scenario.valueOrigin(pointer + "/id"), pointer + "/id",
                            "found the id \"" + id.asText() + "\" again (first at /validationTargets/" + earlier
                                    + ")", "allowed: a unique id per target"));
                }
            }
            JsonNode conditions = targets.get(t).path("conditions");
            for (int c = 0; c < conditions.size(); c++) {
                condition(conditions.get(c), pointer + "/conditions/" + c);
            }
        }
    }

    private void condition(JsonNode condition, String pointer) {
        JsonNode min = condition.path("min");
        JsonNode max = condition.path("max");
        if (!condition.isObject() || (min.isMissingNode() && max.isMissingNode())) {
            if (condition.isObject()) {
                problems.add(ScenarioProblem.at(scenario.valueOrigin(pointer), pointer,
                        "a condition with neither \"min\" nor \"max\"", "add at least one bound"));
            }
            return;
        }
        if (min.isNumber() && max.isNumber() && min.asDouble() > max.asDouble()) {
            problems.add(ScenarioProblem.at(scenario.valueOrigin(pointer + "/min"), pointer, "found min "
                    + SchemaWording.describe(min) + " above max " + SchemaWording.describe(max),
                    "allowed: min <= max; swap them"));
        }
    }

    /** Ids of the districts object of a map document, in file order; empty when there is none. */
    static List<String> districtIds(LocatedDocument map) {
        List<String> ids = new ArrayList<>();
        map.root().path("districts").fieldNames().forEachRemaining(ids::add);
        return ids;
    }
}
