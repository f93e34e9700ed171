package org.urbanconflict.core.scenario;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * A file that a scenario names ({@code extends}, {@code map}), resolved against the file that names it. A name the
 * operating system cannot use (a NUL character, for one) is one located problem, not an exception.
 */
public final class ReferencedFile {
    private ReferencedFile() {
    }

    /**
     * The named file, relative to the file that declares it; null, with a problem added, when the name is no usable
     * path.
     *
     * @param what what the file should be, for the message, e.g. "a path to another scenario file"
     */
    public static Path resolve(JsonOrigin declared, String pointer, String name, String what,
            List<ScenarioProblem> problems) {
        try {
            return declared.file().resolveSibling(name).normalize();
        } catch (InvalidPathException e) {
            problems.add(ScenarioProblem.at(declared, pointer, "found a file name this system cannot use ("
                    + e.getReason() + ")", "allowed: " + what + ", relative to " + declared.file()));
            return null;
        }
    }
}
