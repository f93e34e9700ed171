package org.urbanconflict.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.urbanconflict.core.RunEvent;
import org.urbanconflict.core.RunResult;
import org.urbanconflict.core.scenario.ValidationTarget;

/**
 * Writes one run's files: {@code timeseries.csv} (a row per hour, a column per metric), {@code summary.json} (final
 * metrics, outcome, targets, seed, scenario hash) and {@code events.csv}. Each file is written to a temporary name
 * and moved into place, so an interrupted run never leaves a half-written file that looks complete.
 */
public final class RunFiles {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunFiles() {
    }

    /**
     * @param sourceFile the scenario file the run came from, recorded in the summary (may be null)
     * @param targets    the validation targets the run was checked against
     */
    public static void write(Path dir, Path sourceFile, List<ValidationTarget> targets, RunResult result)
            throws IOException {
        Files.createDirectories(dir);
        atomically(dir.resolve("timeseries.csv"), out -> writeTimeseries(out, result));
        atomically(dir.resolve("summary.json"), out -> out.write(JSON.writeValueAsString(
                summary(sourceFile, targets, result)) + "\n"));
        atomically(dir.resolve("events.csv"), out -> writeEvents(out, result));
    }

    static void writeTimeseries(Writer out, RunResult result) throws IOException {
        out.write(result.times() == null ? "hour" : "hour,time");
        for (String name : result.metricNames()) {
            out.write(',');
            out.write(name);
        }
        out.write('\n');
        for (int h = 0; h < result.hourly().length; h++) {
            out.write(Integer.toString(h));
            if (result.times() != null) {
                out.write(',');
                out.write(result.times().get(h).toString());
            }
            for (double v : result.hourly()[h]) {
                out.write(',');
                out.write(Numbers.format(v));
            }
            out.write('\n');
        }
    }

    static void writeEvents(Writer out, RunResult result) throws IOException {
        out.write("hour,time,kind,text\n");
        for (RunEvent e : result.events()) {
            String time = result.times() == null ? ""
                    : result.times().get(Math.min(e.hour(), result.times().size() - 1)).toString();
            out.write(e.hour() + "," + time + ","
                    + e.kind() + ",\"" + e.text().replace("\"", "\"\"")
                    + "\"\n");
        }
    }

    static ObjectNode summary(Path sourceFile, List<ValidationTarget> targets, RunResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("scenario", result.experimentName());
        root.put("scenario_file", sourceFile == null ? null : sourceFile.toString());
        root.put("scenario_hash", result.configurationHash());
        root.put("seed", result.seed());
        root.put("hours", result.hourly().length - 1);
        root.put("outcome", result.outcome());
        root.put("targets_hit", result.targetsHit());
        root.put("targets_total", result.targets().size());
        ArrayNode targetNodes = root.putArray("targets");
        for (ValidationTarget target : targets) {
            ObjectNode t = targetNodes.addObject();
            t.put("id", target.id());
            t.put("hit", result.targets().get(target.id()));
            t.put("description", target.description());
            t.put("source", target.source());
            ArrayNode conditions = t.putArray("conditions");
            for (ValidationTarget.Condition c : target.conditions()) {
                ObjectNode n = conditions.addObject();
                n.put("metric", c.metric());
                putNumber(n, "value", result.summary().getOrDefault(c.metric(), Double.NaN));
                if (c.min() != null) {
                    n.put("min", c.min());
                }
                if (c.max() != null) {
                    n.put("max", c.max());
                }
            }
        }
        ObjectNode metrics = root.putObject("metrics");
        for (Map.Entry<String, Double> e : result.summary().entrySet()) {
            putNumber(metrics, e.getKey(), e.getValue());
        }
        return root;
    }

    private static void putNumber(ObjectNode node, String key, double value) {
        if (Double.isNaN(value)) {
            node.putNull(key);
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            node.put(key, (long) value);
        } else {
            node.put(key, new java.math.BigDecimal(Numbers.format(value)));
        }
    }

    /** Something that writes text to an open writer. */
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes a file so that it is either whole or absent: to {@code NAME.partial}, fsynced, renamed over the target,
     * and the folder fsynced so the rename itself survives a power cut. Costs two fsyncs per file.
     */
    public static void atomically(Path target, Content content) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + ".partial");
        try (FileOutputStream file = new FileOutputStream(temporary.toFile());
                Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(file,
                        StandardCharsets.UTF_8.newEncoder()), 1 << 16)) {
            content.writeTo(out);
            out.flush();
            file.getFD().sync();
        }
        moveIntoPlace(temporary, target);
    }

    /** Renames a finished, fsynced temporary file over its target and fsyncs the folder. */
    public static void moveIntoPlace(Path temporary, Path target) throws IOException {
        Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        syncFolder(target.toAbsolutePath().getParent());
    }

    /** Fsyncs a folder's entries where the platform allows it (Linux does; elsewhere it is skipped). */
    static void syncFolder(Path folder) {
        try (java.nio.channels.FileChannel dir = java.nio.channels.FileChannel.open(folder,
                java.nio.file.StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            return;
        }
    }
}
