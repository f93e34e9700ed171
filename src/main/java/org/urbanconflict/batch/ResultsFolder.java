package org.urbanconflict.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A results folder's identity and its manifest. A folder belongs to one kind of job, one configuration (by hash),
 * one master seed and one number of runs; starting a job in a folder that holds anything else is refused with a
 * message that says what the folder holds, so results are never overwritten or mixed.
 */
public final class ResultsFolder {
    public static final String MANIFEST = "manifest.json";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What a folder is for. Two jobs with equal identities may share a folder (that is what resuming is). */
    public record Identity(String kind, String name, String hash, long masterSeed, int runs) {
    }

    /** A folder that cannot be used for the job asked for; the message says why and what to do. */
    public static final class Conflict extends Exception {
        private static final long serialVersionUID = 1L;

        public Conflict(String message) {
            super(message);
        }
    }

    private ResultsFolder() {
    }

    /**
     * Checks that {@code dir} may hold the job: new or empty, or (with {@code resume}) holding the same job.
     *
     * @return the existing manifest when resuming, else null
     */
    public static ObjectNode prepare(Path dir, Identity job, boolean resume) throws IOException, Conflict {
        Path manifest = dir.resolve(MANIFEST);
        boolean empty = !Files.exists(dir) || isEmpty(dir);
        if (empty) {
            if (resume) {
                throw new Conflict(dir + " holds no " + job.kind() + " to resume; run again without --resume");
            }
            Files.createDirectories(dir);
            return null;
        }
        if (!Files.exists(manifest)) {
            throw new Conflict(dir + " is not empty and has no " + MANIFEST + ", so it is not a results folder of"
                    + " this tool; choose another --out");
        }
        ObjectNode existing;
        try {
            existing = parse(manifest);
        } catch (Damaged e) {
            throw new Conflict(e.getMessage() + ", so this folder cannot be matched to a job; nothing was changed."
                    + " Choose another --out (or delete the folder and start again)");
        }
        Identity found = identityOf(existing);
        if (!found.equals(job)) {
            throw new Conflict(dir + " already holds a different " + found.kind() + " (" + describe(found)
                    + "), not the one asked for (" + describe(job) + "); nothing was changed. Choose another --out"
                    + (found.kind().equals(job.kind()) ? ", or repeat the original command with --resume" : ""));
        }
        if (!resume) {
            throw new Conflict(dir + " already holds this " + job.kind() + " (" + describe(found) + "); add --resume"
                    + " to finish it, or choose another --out");
        }
        return existing;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }

    static Identity identityOf(JsonNode manifest) {
        return new Identity(manifest.path("kind").asText(), manifest.path("scenario").path("name").asText(),
                manifest.path("scenario").path("hash").asText(), manifest.path("master_seed").asLong(),
                manifest.path("runs").asInt());
    }

    private static String describe(Identity id) {
        return "scenario '" + id.name() + "' with hash " + id.hash().substring(0, Math.min(12, id.hash().length()))
                + ", master seed " + id.masterSeed() + ", " + id.runs() + " runs";
    }

    /** Reads a finished folder's manifest. */
    public static ObjectNode read(Path dir) throws IOException {
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.exists(manifest)) {
            throw new IOException(dir + " has no " + MANIFEST + "; is it a results folder of urbanconflict?");
        }
        return parse(manifest);
    }

    /** A manifest that is not a JSON object: truncated, overwritten or not one of this tool's. */
    public static final class Damaged extends IOException {
        private static final long serialVersionUID = 1L;

        Damaged(String message) {
            super(message);
        }
    }

    /** Reads a manifest, turning every way it can be damaged into one {@link Damaged} line naming the file. */
    private static ObjectNode parse(Path manifest) throws IOException {
        JsonNode node;
        try {
            node = JSON.readTree(manifest.toFile());
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            var at = e.getLocation();
            throw new Damaged(manifest + " is damaged (not valid JSON" + (at == null ? "" : " at line "
                    + at.getLineNr() + ", column " + at.getColumnNr()) + ")");
        }
        if (!(node instanceof ObjectNode object) || !object.path("kind").isTextual()
                || !object.path("scenario").isObject()) {
            throw new Damaged(manifest + " is damaged (it is not a manifest of urbanconflict: no kind or scenario)");
        }
        return object;
    }

    public static void writeManifest(Path dir, ObjectNode manifest) throws IOException {
        RunFiles.atomically(dir.resolve(MANIFEST), out -> out.write(JSON.writeValueAsString(manifest) + "\n"));
    }

    /**
     * The opening of every manifest: tool, version, kind, command line, the scenario (name, file, hash), the master
     * seed and run count of the job's identity, status "running" and an empty list of sessions.
     */
    public static ObjectNode newManifest(Identity id, String version, String commandLine, Path sourceFile) {
        ObjectNode m = JSON.createObjectNode();
        m.put("tool", "urbanconflict");
        m.put("version", version);
        m.put("kind", id.kind());
        m.put("command", commandLine);
        ObjectNode scenario = m.putObject("scenario");
        scenario.put("name", id.name());
        scenario.put("file", sourceFile == null ? null : sourceFile.toString());
        scenario.put("hash", id.hash());
        m.put("master_seed", id.masterSeed());
        m.put("runs", id.runs());
        m.put("status", "running");
        m.putArray("sessions");
        return m;
    }

    /** Writes the experiment's self-contained configuration files into the folder. */
    public static void writeConfiguration(Path dir, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> f : files.entrySet()) {
            RunFiles.atomically(dir.resolve(f.getKey()), out -> out.write(f.getValue()));
        }
    }

    /** Puts the experiment's parameters and its resolved, self-contained configuration files into a manifest. */
    public static void describeExperiment(ObjectNode manifest, org.urbanconflict.core.Experiment experiment) {
        try {
            manifest.set("parameters", JSON.readTree(experiment.parametersJson()));
            ObjectNode resolved = manifest.putObject("resolved_scenario");
            for (var file : experiment.configurationFiles().entrySet()) {
                resolved.set(file.getKey(), JSON.readTree(file.getValue()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("the scenario's resolved files are not JSON", e);
        }
    }

    /**
     * Appends one session to a manifest: the command, threads, when it started and finished, how many runs it made,
     * its wall time and the summed time of its runs (0 when not measured), runs per second, and the Java runtime.
     */
    public static void addSession(ObjectNode manifest, String command, int threads, String startedAt, int runs,
            double wallSeconds, long busyNanos) {
        ObjectNode session = ((ArrayNode) manifest.get("sessions")).addObject();
        session.put("command", command);
        session.put("threads", threads);
        session.put("started", startedAt);
        session.put("finished", java.time.Instant.now().toString());
        session.put("runs", runs);
        session.put("wall_seconds", Math.round(wallSeconds * 1000) / 1000.0);
        session.put("run_seconds", Math.round(busyNanos / 1e6) / 1000.0);
        session.put("runs_per_second", runs == 0 ? 0 : Math.round(runs / wallSeconds * 100) / 100.0);
        describeRuntime(session);
        ReplicateRunner.engine().describe(session);
    }

    /**
     * Records the Java runtime of a session: its version and the JVM options it was started with. Timings depend on
     * both (the launcher picks the JIT mode), so a manifest that keeps timings keeps them too.
     */
    static void describeRuntime(ObjectNode session) {
        session.put("java", System.getProperty("java.version"));
        ArrayNode options = session.putArray("jvm_options");
        java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().forEach(options::add);
    }
}
