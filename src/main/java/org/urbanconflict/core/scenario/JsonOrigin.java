package org.urbanconflict.core.scenario;

import java.nio.file.Path;

/**
 * Where a JSON value was written: file, 1-based line and column. Kept per JSON Pointer so that a problem found in a
 * merged scenario is reported in the file, and at the place, a person has to edit.
 */
public record JsonOrigin(Path file, int line, int column) {

    /** The file as a whole, for problems that have no position (a file that cannot be read). */
    static JsonOrigin wholeFile(Path file) {
        return new JsonOrigin(file, 0, 0);
    }

    /** The same line, {@code offset} characters further right: a character inside a string value. */
    public JsonOrigin shifted(int offset) {
        return new JsonOrigin(file, line, column + offset);
    }
}
