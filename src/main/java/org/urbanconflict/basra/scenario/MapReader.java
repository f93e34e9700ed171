package org.urbanconflict.basra.scenario;

import org.urbanconflict.core.scenario.JsonOrigin;
import org.urbanconflict.core.scenario.JsonSchemaCheck;
import org.urbanconflict.core.scenario.LocatedDocument;
import org.urbanconflict.core.scenario.LocatedJsonParser;
import org.urbanconflict.core.scenario.ScenarioProblem;
import org.urbanconflict.core.scenario.SchemaWording;
import org.urbanconflict.core.scenario.Spelling;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and checks a map file, then builds the {@link DistrictMap}. The schema checks each field; this class checks
 * what a schema cannot express: equal row lengths, every character in the legend, the legend and the districts
 * object naming the same districts one-to-one, every district owning cells, landmarks inside the grid.
 */
final class MapReader {
    private final LocatedDocument document;
    private final List<ScenarioProblem> problems;

    private MapReader(LocatedDocument document, List<ScenarioProblem> problems) {
        this.document = document;
        this.problems = problems;
    }

    /** The parsed and checked map file, or null, with problems added, when it cannot be parsed. */
    static LocatedDocument read(Path file, List<ScenarioProblem> problems) {
        LocatedDocument document = LocatedJsonParser.read(file, "map file", problems);
        if (document == null) {
            return null;
        }
        problems.addAll(SchemaWording.check(JsonSchemaCheck.map(), document));
        if (document.root().isObject()) {
            new MapReader(document, problems).checkStructure();
        }
        return document;
    }

    private void checkStructure() {
        JsonNode root = document.root();
        JsonNode legend = root.path("legend");
        JsonNode districts = root.path("districts");
        List<String> rows = new ArrayList<>();
        root.path("rows").forEach(row -> rows.add(row.isTextual() ? row.asText() : null));
        int width = rows.isEmpty() || rows.get(0) == null ? 0 : rows.get(0).length();
        for (int r = 1; r < rows.size(); r++) {
            String row = rows.get(r);
            if (row != null && width > 0 && row.length() != width) {
                problems.add(ScenarioProblem.at(document.valueOrigin("/rows/" + r), "/rows/" + r,
                        "found a row of " + row.length() + " characters",
                        "allowed: " + width + " characters, the length of row 0 (every row must be as long)"));
            }
        }
        checkCharacters(rows, legend);
        checkLegendDistricts(rows, legend, districts);
        checkLandmarks(root.path("landmarks"), rows.size(), width);
    }

    /** Every character of every row must be a legend key; each unknown character is reported once, where it first is. */
    private void checkCharacters(List<String> rows, JsonNode legend) {
        Map<Character, int[]> unknown = new TreeMap<>(); // character -> {row, col, count}
        for (int r = 0; r < rows.size(); r++) {
            String row = rows.get(r);
            for (int c = 0; row != null && c < row.length(); c++) {
                char symbol = row.charAt(c);
                if (!legend.has(String.valueOf(symbol))) {
                    int[] seen = unknown.computeIfAbsent(symbol, s -> new int[3]);
                    if (seen[2]++ == 0) {
                        seen[0] = r;
                        seen[1] = c;
                    }
                }
            }
        }
        List<String> keys = new ArrayList<>();
        legend.fieldNames().forEachRemaining(keys::add);
        unknown.forEach((symbol, seen) -> {
            String pointer = "/rows/" + seen[0];
            // +1 skips the opening quote; exact as long as the row has no escape sequences before the column.
            JsonOrigin origin = document.valueOrigin(pointer).shifted(1 + seen[1]);
            String more = seen[2] == 1 ? "" : " (and in " + (seen[2] - 1) + " other cells)";
            problems.add(ScenarioProblem.at(origin, pointer, "found the character '" + symbol + "' at row " + seen[0]
                    + ", col " + seen[1] + more + ", which is not in the legend",
                    "allowed: the legend's characters " + String.join(" ", keys)
                            + "; add '" + symbol + "' to the legend or change the cell"));
        });
    }

    private void checkLegendDistricts(List<String> rows, JsonNode legend, JsonNode districts) {
        List<String> ids = new ArrayList<>();
        districts.fieldNames().forEachRemaining(ids::add);
        Map<String, String> characterOf = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = legend.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode id = entry.getValue().path("district");
            if (!id.isTextual()) {
                continue;
            }
            String pointer = LocatedDocument.child("/legend", entry.getKey()) + "/district";
            String earlier = characterOf.putIfAbsent(id.asText(), entry.getKey());
            if (earlier != null) {
                problems.add(ScenarioProblem.at(document.valueOrigin(pointer), pointer, "found '" + entry.getKey()
                        + "' naming district \"" + id.asText() + "\", which '" + earlier + "' already names",
                        "allowed: one legend character per district"));
            } else if (!districts.has(id.asText())) {
                problems.add(ScenarioProblem.at(document.valueOrigin(pointer), pointer, "found \"" + id.asText()
                        + "\", which is not in \"districts\"", "allowed: a district id from \"districts\" ("
                        + String.join(", ", ids) + "), or a district added there"
                        + Spelling.suggestion(id.asText(), ids)));
            } else if (rows.stream().noneMatch(row -> row != null && row.contains(entry.getKey()))) {
                problems.add(ScenarioProblem.at(document.valueOrigin(pointer), pointer, "district \"" + id.asText()
                        + "\" has no cells: '" + entry.getKey() + "' appears in no row",
                        "draw the district in \"rows\" or remove it from the legend and \"districts\""));
            }
        }
        for (String id : ids) {
            if (!characterOf.containsKey(id)) {
                String pointer = LocatedDocument.child("/districts", id);
                problems.add(ScenarioProblem.at(document.keyOrigin(pointer), pointer, "a district that no legend "
                        + "character names, so it has no cells", "add a legend entry such as \"X\": {\"district\": \""
                        + id + "\"} and draw it in \"rows\"" + Spelling.suggestion(id, characterOf.keySet())));
            }
        }
    }

    private void checkLandmarks(JsonNode landmarks, int height, int width) {
        Map<String, Integer> firstIndex = new LinkedHashMap<>();
        for (int i = 0; i < landmarks.size(); i++) {
            JsonNode landmark = landmarks.get(i);
            String pointer = "/landmarks/" + i;
            JsonNode row = landmark.path("row");
            JsonNode col = landmark.path("col");
            if (row.isIntegralNumber() && col.isIntegralNumber() && height > 0 && width > 0
                    && (row.asInt() >= height || col.asInt() >= width)) {
                String at = row.asInt() >= height ? pointer + "/row" : pointer + "/col";
                problems.add(ScenarioProblem.at(document.valueOrigin(at), at, "found row " + row.asInt() + ", col "
                        + col.asInt() + ", outside the " + width + " x " + height + " grid",
                        "allowed: rows 0-" + (height - 1) + " and cols 0-" + (width - 1)));
            }
            String id = landmark.path("id").asText("");
            Integer earlier = firstIndex.putIfAbsent(id, i);
            if (earlier != null && !id.isEmpty()) {
                problems.add(ScenarioProblem.at(document.valueOrigin(pointer + "/id"), pointer + "/id",
                        "found the id \"" + id + "\" again (first at /landmarks/" + earlier + ")",
                        "allowed: a unique id per landmark"));
            }
        }
    }

    /** Builds the map from a document that passed every check. */
    static DistrictMap build(LocatedDocument document) {
        JsonNode root = document.root();
        List<District> districts = new ArrayList<>();
        Map<String, Integer> indexOf = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("districts").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode d = entry.getValue();
            indexOf.put(entry.getKey(), districts.size());
            districts.add(new District(districts.size(), entry.getKey(), d.get("name").asText(),
                    d.get("population").get("value").asLong(),
                    Faction.valueOf(d.get("faction").get("value").asText().toUpperCase(Locale.ROOT)),
                    d.get("density").get("value").asDouble(), d.get("stronghold").get("value").asBoolean()));
        }
        JsonNode rows = root.get("rows");
        int height = rows.size();
        int width = rows.get(0).asText().length();
        Terrain[] terrain = new Terrain[width * height];
        int[] districtOfCell = new int[width * height];
        for (int r = 0; r < height; r++) {
            String row = rows.get(r).asText();
            for (int c = 0; c < width; c++) {
                JsonNode entry = root.get("legend").get(String.valueOf(row.charAt(c)));
                int cell = r * width + c;
                if (entry.has("district")) {
                    terrain[cell] = Terrain.URBAN;
                    districtOfCell[cell] = indexOf.get(entry.get("district").asText());
                } else {
                    terrain[cell] = Terrain.valueOf(entry.get("terrain").asText().toUpperCase(Locale.ROOT));
                    districtOfCell[cell] = -1;
                }
            }
        }
        List<Landmark> landmarks = new ArrayList<>();
        root.path("landmarks").forEach(l -> landmarks.add(new Landmark(l.get("id").asText(), l.get("label").asText(),
                l.get("row").asInt(), l.get("col").asInt())));
        return new DistrictMap(root.get("name").asText(), width, height,
                root.get("cellSizeMeters").get("value").asDouble(), terrain, districtOfCell, districts, landmarks);
    }
}
