package org.urbanconflict.core.scenario;

import java.nio.file.Path;

/**
 * One thing wrong with a scenario or map file, worded for the person who has to fix it: where it is, what was found
 * and what is allowed instead. The loader collects every problem it can find before giving up, so one run of
 * {@code validate} shows them all.
 *
 * @param file    the file that holds the problem (after {@code extends} merging, the file that set the value)
 * @param pointer JSON Pointer of the value inside that file, e.g. {@code /militia/fighters}; "" for the whole file
 * @param line    1-based line, or 0 when the problem has no position (a missing file)
 * @param column  1-based column, or 0 when the problem has no position
 * @param found   what is there, e.g. {@code found 1.4}, {@code unknown field}, {@code missing}
 * @param allowed what would be accepted or how to fix it, e.g. {@code allowed: a probability between 0 and 1}
 */
public record ScenarioProblem(Path file, String pointer, int line, int column, String found, String allowed) {

    /** Builds a problem positioned at a place in a file. */
    public static ScenarioProblem at(JsonOrigin origin, String pointer, String found, String allowed) {
        return new ScenarioProblem(origin.file(), pointer, origin.line(), origin.column(), found, allowed);
    }

    /**
     * {@code file:line:col: pointer: found; allowed}, the shape compilers use, so editors can jump to it. Always one
     * line: a control character anywhere (a newline in a path, found by fuzzing) is written as its escape, {@code \n}.
     */
    public String message() {
        StringBuilder text = new StringBuilder();
        text.append(file);
        if (line > 0) {
            text.append(':').append(line).append(':').append(column);
        }
        text.append(": ").append(pointer.isEmpty() ? "(whole file)" : pointer).append(": ").append(found);
        if (allowed != null && !allowed.isEmpty()) {
            text.append("; ").append(allowed);
        }
        return oneLine(text);
    }

    /** The text with every control character written as a Java escape, so a message never breaks across lines. */
    public static String oneLine(CharSequence text) {
        StringBuilder line = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029) {
                        line.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        return line.toString();
    }

    @Override
    public String toString() {
        return message();
    }
}
