package org.urbanconflict.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.urbanconflict.core.Experiment;

/**
 * Joins the slices of one batch ({@code batch --replicates FROM:TO}, run on several machines or as a SLURM array job)
 * into the folder the whole batch would have made: runs.csv and timeseries.csv.gz byte for byte the same as an
 * unsliced batch's, then the summary, charts and data dictionary drawn from them. Slices of different batches
 * (another scenario, master seed or batch size), unfinished slices, overlapping slices and missing replicates are
 * refused, each with a message that says which folders and which replicates.
 */
public final class Merge {
    /** The kind a slice's manifest records; only {@code merge} reads such folders. */
    public static final String SLICE_KIND = "batch-slice";

    /** A checked slice folder: where it is, its manifest and its replicates. */
    private record Part(Path dir, ObjectNode manifest, int from, int to) {
    }

    private Merge() {
    }

    /** A slice manifest's replicates as {@code FROM:TO}, or "" for a folder that is not a slice. */
    static String sliceOf(JsonNode manifest) {
        JsonNode s = manifest.path("slice");
        return s.isMissingNode() ? "" : s.path("from").asInt() + ":" + s.path("to").asInt();
    }

    /**
     * Reads and checks the slices, in any order; returns the first slice's manifest, which names the scenario file the
     * caller loads the experiment from (its copy in the slice, {@code scenario.json}).
     *
     * @throws ResultsFolder.Conflict naming the folders and replicates that do not fit together
     */
    public static ObjectNode check(List<Path> dirs) throws IOException, ResultsFolder.Conflict {
        return parts(dirs).get(0).manifest();
    }

    private static List<Part> parts(List<Path> dirs) throws IOException, ResultsFolder.Conflict {
        if (dirs.isEmpty()) {
            throw new ResultsFolder.Conflict("name the slice folders to merge");
        }
        List<Part> parts = new ArrayList<>();
        for (Path dir : dirs) {
            ObjectNode m = ResultsFolder.read(dir);
            if (!SLICE_KIND.equals(m.path("kind").asText())) {
                throw new ResultsFolder.Conflict(dir + " is not a slice of a batch (it holds a " + m.path("kind")
                        .asText() + "); merge joins folders made by batch --replicates FROM:TO");
            }
            if (!"complete".equals(m.path("status").asText())) {
                throw new ResultsFolder.Conflict(dir + " is unfinished; finish it first: " + m.path("command").asText()
                        + " --resume");
            }
            parts.add(new Part(dir, m, m.path("slice").path("from").asInt(), m.path("slice").path("to").asInt()));
        }
        ResultsFolder.Identity first = ResultsFolder.identityOf(parts.get(0).manifest());
        for (Part p : parts) {
            ResultsFolder.Identity id = ResultsFolder.identityOf(p.manifest());
            if (!id.equals(first)) {
                throw new ResultsFolder.Conflict(p.dir() + " is a slice of another batch than " + parts.get(0).dir()
                        + ": " + describe(id) + " against " + describe(first) + "; only slices of one batch (same "
                        + "scenario, --seed and --runs) can be merged");
            }
        }
        parts.sort(Comparator.comparingInt(Part::from));
        int next = 0;
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            if (p.from() < next) {
                Part previous = parts.get(i - 1);
                throw new ResultsFolder.Conflict(p.dir() + " (replicates " + p.from() + ":" + p.to() + ") overlaps "
                        + previous.dir() + " (replicates " + previous.from() + ":" + previous.to() + "); give each "
                        + "replicate once");
            }
            if (p.from() > next) {
                throw new ResultsFolder.Conflict("replicates " + next + ":" + (p.from() - 1) + " are in none of the"
                        + " slices; run them with batch ... --replicates " + next + ":" + (p.from() - 1));
            }
            next = p.to() + 1;
        }
        if (next < first.runs()) {
            throw new ResultsFolder.Conflict("replicates " + next + ":" + (first.runs() - 1) + " are in none of the"
                    + " slices; run them with batch ... --replicates " + next + ":" + (first.runs() - 1));
        }
        return parts;
    }

    private static String describe(ResultsFolder.Identity id) {
        return "scenario '" + id.name() + "' (hash " + id.hash().substring(0, Math.min(12, id.hash().length()))
                + "), --seed " + id.masterSeed() + ", --runs " + id.runs();
    }

    /**
     * Writes the merged batch into {@code out}, which must be new or empty.
     *
     * @param experiment the batch's experiment (from a slice's scenario copy), for the summary and charts
     */
    public static void run(List<Path> dirs, Path out, Experiment experiment, String commandLine)
            throws IOException, ResultsFolder.Conflict {
        List<Part> parts = parts(dirs);
        for (Part p : parts) {
            String damage = FolderCheck.batchDamage(p.dir(), p.manifest(), p.to() - p.from() + 1);
            if (damage != null) {
                throw new ResultsFolder.Conflict(p.dir() + " is damaged: " + damage + "; nothing was merged. Repair"
                        + " it with the command that made it plus --resume");
            }
        }
        ObjectNode manifest = parts.get(0).manifest().deepCopy();
        manifest.put("kind", "batch");
        ResultsFolder.prepare(out, ResultsFolder.identityOf(manifest), false);
        manifest.remove("slice");
        manifest.put("command", commandLine);
        Batch.describeSeeds(manifest, ResultsFolder.identityOf(manifest).masterSeed(), 0,
                ResultsFolder.identityOf(manifest).runs() - 1);
        ArrayNode sessions = manifest.putArray("sessions");
        ArrayNode merged = manifest.putArray("merged_from");
        for (Part p : parts) {
            p.manifest().path("sessions").forEach(sessions::add);
            merged.addObject().put("folder", p.dir().toString()).put("replicates", p.from() + ":" + p.to());
        }
        for (String file : List.of("scenario.json", "scenario-map.json")) {
            if (Files.exists(parts.get(0).dir().resolve(file))) {
                Files.copy(parts.get(0).dir().resolve(file), out.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        joinRuns(parts, out.resolve("runs.csv"));
        joinSeries(parts, out.resolve("timeseries.csv.gz"));
        RunTable table = RunTable.read(out.resolve("runs.csv"));
        BatchSummary.write(out, table, List.of(), experiment.chartPlan().outcomeClasses(), experiment.targets());
        BatchCharts.draw(out, experiment.chartPlan(), experiment.targets(), table, List.of());
        FolderCheck.recordHashes(out, manifest);
        ResultsFolder.writeManifest(out, manifest);
        DataPackage.write(out, experiment);
    }

    /** runs.csv: the one header, then every slice's rows, checked to be exactly the slice's replicates in order. */
    private static void joinRuns(List<Part> parts, Path target) throws IOException, ResultsFolder.Conflict {
        String header = null;
        StringBuilder rows = new StringBuilder();
        for (Part p : parts) {
            List<String> lines = Files.readAllLines(p.dir().resolve("runs.csv"), StandardCharsets.UTF_8);
            if (header == null) {
                header = lines.get(0);
            } else if (!header.equals(lines.get(0))) {
                throw new ResultsFolder.Conflict(p.dir() + "/runs.csv has other columns than " + parts.get(0).dir()
                        + "/runs.csv; were the slices made by different versions?");
            }
            int expected = p.from();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.startsWith(expected + ",")) {
                    throw new ResultsFolder.Conflict(p.dir() + "/runs.csv does not hold replicates " + p.from() + ":"
                            + p.to() + " in order (run " + expected + " expected); was it edited?");
                }
                rows.append(line).append('\n');
                expected++;
            }
            if (expected != p.to() + 1) {
                throw new ResultsFolder.Conflict(p.dir() + "/runs.csv ends at run " + (expected - 1) + ", before "
                        + p.to());
            }
        }
        String text = header + "\n" + rows;
        RunFiles.atomically(target, out -> out.write(text));
    }

    /**
     * timeseries.csv.gz: a batch writes its header as one gzip member and each run as another, so the whole batch's
     * file is the first slice's header member followed by every slice's run members, in order.
     */
    private static void joinSeries(List<Part> parts, Path target) throws IOException, ResultsFolder.Conflict {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        byte[] headerMember = null;
        try (OutputStream out = Files.newOutputStream(partial)) {
            for (Part p : parts) {
                byte[] bytes = Files.readAllBytes(p.dir().resolve("timeseries.csv.gz"));
                if (headerMember == null) {
                    String header = DataPackage.header(p.dir().resolve("timeseries.csv.gz")).stream()
                            .reduce((x, y) -> x + "," + y).orElse("");
                    headerMember = RunJournal.gzip(header + "\n");
                    out.write(headerMember);
                }
                byte[] start = Arrays.copyOf(bytes, Math.min(bytes.length, headerMember.length));
                if (!Arrays.equals(start, headerMember)) {
                    throw new ResultsFolder.Conflict(p.dir() + "/timeseries.csv.gz has other columns than "
                            + parts.get(0).dir() + "/timeseries.csv.gz");
                }
                out.write(bytes, headerMember.length, bytes.length - headerMember.length);
            }
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
