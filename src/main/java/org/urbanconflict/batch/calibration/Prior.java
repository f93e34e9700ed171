package org.urbanconflict.batch.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The calibration's prior: independent uniform distributions on a box, one side per parameter, named by JSON Pointer.
 * A box is what {@code --vary} says and what most modellers can defend ("somewhere between 5,000 and 17,000
 * fighters"); it also keeps every proposal inside the ranges the scenario schema allows, which the command checks at
 * both ends before anything runs. The density is the same everywhere inside, so it cancels from the importance weights.
 *
 * <p>Prior files hold the same three things per parameter: a CSV file with the header {@code pointer,min,max} (blank
 * lines and lines starting with {@code #} are skipped), or a {@code .json} file holding an array of
 * {@code {"pointer": ..., "min": ..., "max": ...}} objects.
 */
public record Prior(List<Bound> bounds) implements java.io.Serializable {

    /** One parameter's uniform range, min strictly below max. */
    public record Bound(String pointer, double min, double max) implements java.io.Serializable {
        public double width() {
            return max - min;
        }

        /** Column name in output files: the pointer without its leading slash, with dots for slashes. */
        public String column() {
            return pointer.substring(1).replace('/', '.');
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s=%s:%s", pointer, Double.toString(min), Double.toString(max));
        }
    }

    public Prior {
        bounds = List.copyOf(bounds);
    }

    public int dimension() {
        return bounds.size();
    }

    /** Parses {@code --vary PATH=MIN:MAX} options; throws a one-line message naming the bad argument. */
    public static Prior fromVary(List<String> specs) {
        List<Bound> bounds = new ArrayList<>();
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            String[] parts = eq < 0 ? new String[0] : spec.substring(eq + 1).split(":", -1);
            if (eq <= 0 || !spec.startsWith("/") || parts.length != 2) {
                throw new IllegalArgumentException("--vary " + spec + ": expected PATH=MIN:MAX with PATH a JSON "
                        + "Pointer, e.g. /militia/fighters=5000:17000");
            }
            add(bounds, "--vary " + spec, spec.substring(0, eq), number("--vary " + spec, parts[0]),
                    number("--vary " + spec, parts[1]));
        }
        return new Prior(bounds);
    }

    /** Reads a prior file (CSV or JSON, see the class comment); throws a one-line message on any problem. */
    public static Prior read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("--prior " + file + ": cannot read the file ("
                    + (e instanceof java.nio.file.NoSuchFileException ? "it does not exist" : e.getMessage()) + ")");
        }
        List<Bound> bounds = new ArrayList<>();
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            readJson(file, text, bounds);
        } else {
            readCsv(file, text, bounds);
        }
        if (bounds.isEmpty()) {
            throw new IllegalArgumentException("--prior " + file + ": no parameters in the file");
        }
        return new Prior(bounds);
    }

    private static void readCsv(Path file, String text, List<Bound> bounds) {
        String[] lines = text.split("\\R");
        boolean header = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = "--prior " + file + ", line " + (i + 1);
            String[] cells = line.split(",", -1);
            if (!header) {
                if (!line.replace(" ", "").equalsIgnoreCase("pointer,min,max")) {
                    throw new IllegalArgumentException(where + ": expected the header pointer,min,max, found " + line);
                }
                header = true;
                continue;
            }
            if (cells.length != 3) {
                throw new IllegalArgumentException(where + ": expected pointer,min,max, found " + line);
            }
            add(bounds, where, cells[0].strip(), number(where, cells[1]), number(where, cells[2]));
        }
    }

    private static void readJson(Path file, String text, List<Bound> bounds) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("--prior " + file + ": not valid JSON ("
                    + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("--prior " + file + ": expected a JSON array of {\"pointer\": ..., "
                    + "\"min\": ..., \"max\": ...} objects");
        }
        for (int i = 0; i < root.size(); i++) {
            JsonNode item = root.get(i);
            String where = "--prior " + file + ", item " + (i + 1);
            if (!item.path("pointer").isTextual() || !item.path("min").isNumber() || !item.path("max").isNumber()) {
                throw new IllegalArgumentException(where + ": expected {\"pointer\": \"/section/field\", \"min\": "
                        + "number, \"max\": number}, found " + item);
            }
            add(bounds, where, item.get("pointer").asText(), item.get("min").asDouble(), item.get("max").asDouble());
        }
    }

    private static void add(List<Bound> bounds, String where, String pointer, double min, double max) {
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException(where + ": " + pointer + " is not a JSON Pointer; write it like "
                    + "/militia/fighters");
        }
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new IllegalArgumentException(where + ": MIN must be below MAX (a calibration needs a range), found "
                    + min + " and " + max);
        }
        if (bounds.stream().anyMatch(b -> b.pointer().equals(pointer))) {
            throw new IllegalArgumentException(where + ": " + pointer + " is given twice; give each parameter once");
        }
        bounds.add(new Bound(pointer, min, max));
    }

    private static double number(String where, String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": MIN and MAX must be numbers, found '" + text.strip() + "'");
        }
    }

    /** Whether every coordinate lies in its closed range. */
    public boolean contains(double[] theta) {
        for (int d = 0; d < bounds.size(); d++) {
            Bound b = bounds.get(d);
            if (!(theta[d] >= b.min() && theta[d] <= b.max())) {
                return false;
            }
        }
        return true;
    }

    /** A uniform draw from the box, one {@code nextDouble} per parameter in order. */
    public double[] sample(RandomGenerator random) {
        double[] theta = new double[bounds.size()];
        for (int d = 0; d < theta.length; d++) {
            Bound b = bounds.get(d);
            theta[d] = b.min() + random.nextDouble() * b.width();
        }
        return theta;
    }
}
