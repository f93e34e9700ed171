package org.urbanconflict.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A scratch copy of the shipped scenarios, so fuzzed files that extend or name them resolve as the shipped ones do. */
final class FuzzFiles {
    private FuzzFiles() {
    }

    /** Copies {@code scenarios/} into a fresh temporary folder (deleted when the JVM exits) and returns the copy. */
    static Path scenarioCopy() {
        try {
            Path root = Files.createTempDirectory("urbanconflict-fuzz");
            Path from = Path.of("scenarios");
            try (Stream<Path> paths = Files.walk(from)) {
                for (Path p : paths.toList()) {
                    Path target = root.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
            return root;
        } catch (IOException e) {
            throw new IllegalStateException("cannot make the fuzz targets' scratch folder", e);
        }
    }

    static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot clean " + root, e);
        }
    }

    /** Fails unless every problem is one line of text: the documented clean error. */
    static void assertOneLineEach(org.urbanconflict.core.scenario.ScenarioValidationException e) {
        if (e.problems().isEmpty()) {
            throw new AssertionError("a refusal without a problem", e);
        }
        for (var problem : e.problems()) {
            String message = problem.message();
            if (message == null || message.isBlank() || message.contains("\n") || message.contains("\r")) {
                throw new AssertionError("not one clear line: " + message, e);
            }
        }
    }
}
