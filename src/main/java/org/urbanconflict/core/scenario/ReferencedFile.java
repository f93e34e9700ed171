package org.urbanconflict.core.scenario;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * A file that a scenario names ({@code extends}, {@code map}), resolved against the file that names it and held to
 * {@link FileAccess}. A name the operating system cannot use (a NUL character, for one) or a file outside the allowed
 * folders is one located problem, not an exception, and is never read.
 */
public final class ReferencedFile {
    private ReferencedFile() {
    }

    /**
     * The named file, relative to the file that declares it; null, with a problem added, when the name is no usable
     * path or names a file a scenario may not read.
     *
     * @param top  the scenario file the user gave, whose folder a scenario may read
     * @param what what the file should be, for the message, e.g. "a path to another scenario file"
     */
    public static Path resolve(Path top, JsonOrigin declared, String pointer, String name, String what,
            List<ScenarioProblem> problems) {
        try {
            Path named = declared.file().resolveSibling(name).normalize();
            String refusal = FileAccess.refusal(top, named);
            if (refusal != null) {
                problems.add(ScenarioProblem.at(declared, pointer, "found \"" + name + "\", " + refusal,
                        FileAccess.allowedHint(what)));
                return null;
            }
            return named;
        } catch (InvalidPathException e) {
            problems.add(ScenarioProblem.at(declared, pointer, "found a file name this system cannot use ("
                    + e.getReason() + ")", "allowed: " + what + ", relative to " + declared.file()));
            return null;
        }
    }
}
