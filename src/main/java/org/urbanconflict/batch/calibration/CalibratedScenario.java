package org.urbanconflict.batch.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.urbanconflict.batch.Numbers;
import org.urbanconflict.batch.RunFiles;
import org.urbanconflict.core.Experiment;

/**
 * {@code calibrated.json}: a scenario that {@code extends} the calibrated one and sets each calibrated parameter to
 * its weighted posterior median, with a {@code "source"} that cites the calibration (its results folder, targets,
 * particles, final tolerance and date), so every value of the library still carries its source. The paths to the
 * original file and its schema are relative to the results folder, so the folder can move together with the
 * scenarios it sits beside; they are absolute only when no relative path exists (another drive).
 */
final class CalibratedScenario {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CalibratedScenario() {
    }

    /**
     * Writes the file.
     *
     * @param sourceFile the scenario file the calibration loaded
     * @param medians    each calibrated parameter's weighted posterior median, in the prior's order
     * @param citation   what each value's source says, e.g. "ABC-SMC calibration, results/..., targets ..., ..."
     * @return the values written (a whole-number parameter's median rounded, as the model runs it)
     */
    static double[] write(Path dir, Path sourceFile, Experiment base, Prior prior, double[] medians, String citation)
            throws IOException {
        Path folder = dir.toAbsolutePath().normalize();
        Path source = sourceFile.toAbsolutePath().normalize();
        ObjectNode root = JSON.createObjectNode();
        JsonNode original = JSON.readTree(Files.readString(source));
        if (original != null && original.path("$schema").isTextual()) {
            root.put("$schema", relative(folder, source.resolveSibling(original.get("$schema").asText()).normalize()));
        }
        root.put("extends", relative(folder, source));
        root.put("name", base.name() + " (calibrated)");
        root.put("description", String.format(Locale.ROOT, "%s with %d parameter%s set to %s posterior median%s: %s.",
                base.name(), prior.dimension(), prior.dimension() == 1 ? "" : "s",
                prior.dimension() == 1 ? "its" : "their", prior.dimension() == 1 ? "" : "s", citation));
        double[] written = new double[medians.length];
        for (int d = 0; d < medians.length; d++) {
            String pointer = prior.bounds().get(d).pointer();
            double asRun = base.withParameter(pointer, medians[d]).parameterValue(pointer);
            written[d] = asRun;
            ObjectNode cited = parentOf(root, pointer).putObject(pointer.substring(pointer.lastIndexOf('/') + 1));
            if (asRun != medians[d] && asRun == Math.rint(asRun)) {
                cited.put("value", (long) asRun);
            } else {
                cited.put("value", new java.math.BigDecimal(Numbers.format(asRun)));
            }
            cited.put("source", "weighted posterior median of " + citation);
        }
        RunFiles.atomically(dir.resolve("calibrated.json"), out -> out.write(JSON.writeValueAsString(root) + "\n"));
        return written;
    }

    /** The text every calibrated value cites. */
    static String citation(Path dir, java.util.List<String> targets, int particles, int generation, double tolerance) {
        return String.format(Locale.ROOT, "ABC-SMC calibration by urbanconflict calibrate, results folder %s, targets "
                + "%s, %d particles of generation %d, tolerance %s, %s", dir.toString().replace('\\', '/'),
                String.join(", ", targets), particles, generation,
                Double.isInfinite(tolerance) ? "none (prior)" : Numbers.format(tolerance), LocalDate.now());
    }

    private static ObjectNode parentOf(ObjectNode root, String pointer) {
        String[] parts = pointer.substring(1).split("/");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            String key = parts[i].replace("~1", "/").replace("~0", "~");
            node = node.has(key) ? (ObjectNode) node.get(key) : node.putObject(key);
        }
        return node;
    }

    private static String relative(Path folder, Path target) {
        try {
            return folder.relativize(target).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return target.toString();
        }
    }
}
