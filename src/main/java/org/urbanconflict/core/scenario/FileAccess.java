package org.urbanconflict.core.scenario;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Which files a scenario may name in {@code extends} and {@code map}: {@code .json} files under the folder of the
 * scenario file the user gave, or under the {@code scenarios/} folder that ships with the tool, or under a folder the
 * user allowed ({@code --allow-path DIR}). Paths are compared after following symbolic links, so a link cannot lead
 * out. Without this, a scenario from elsewhere could make the tool read, and quote in an error, any file the user can
 * read.
 */
public final class FileAccess {
    private static final List<Path> ALLOWED = new CopyOnWriteArrayList<>();

    private FileAccess() {
    }

    /** Lets scenarios name files under {@code dir} too, for the rest of this process ({@code --allow-path}). */
    public static void allow(Path dir) {
        ALLOWED.add(real(dir));
    }

    /**
     * Why {@code named} may not be read for the scenario {@code top}, or null when it may.
     *
     * @param top   the scenario file the user gave
     * @param named a file it names, resolved
     */
    static String refusal(Path top, Path named) {
        if (!named.getFileName().toString().endsWith(".json")) {
            return "a file that is not a .json file";
        }
        Path real = real(named);
        List<Path> roots = roots(top);
        for (Path root : roots) {
            if (real.startsWith(root)) {
                return null;
            }
        }
        return "a file outside the folders a scenario may read (" + String.join(", ", roots.stream()
                .map(Path::toString).toList()) + ")";
    }

    /** What to tell a user whose file was refused. */
    static String allowedHint(String what) {
        return "allowed: " + what + " under the scenario's own folder or the shipped scenarios/ folder; to read"
                + " another folder, give --allow-path DIR";
    }

    private static List<Path> roots(Path top) {
        Set<Path> roots = new LinkedHashSet<>();
        Path parent = top.toAbsolutePath().getParent();
        if (parent != null) {
            roots.add(real(parent));
        }
        roots.addAll(shippedScenarios());
        roots.addAll(ALLOWED);
        return new ArrayList<>(roots);
    }

    /** The scenarios/ folder of the working directory and of the project the code was built in, where they exist. */
    private static List<Path> shippedScenarios() {
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(Path.of("scenarios"))) {
            found.add(real(Path.of("scenarios")));
        }
        try {
            Path code = Path.of(FileAccess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = code.getParent();
            Path project = target == null ? null : target.getParent();
            if (project != null && Files.isDirectory(project.resolve("scenarios"))) {
                found.add(real(project.resolve("scenarios")));
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code location (an unusual class loader): the working directory's scenarios/ is the shipped one
        }
        return found;
    }

    /** The path with every link followed as far as it exists, so two spellings of one file compare equal. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            Path parent = absolute.getParent();
            return parent == null || parent.equals(absolute) ? absolute : real(parent).resolve(absolute
                    .getFileName());
        }
    }
}
