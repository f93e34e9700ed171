package org.urbanconflict.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.scenario.CanonicalJson;

/**
 * An external design for {@code sweep --design FILE.csv}, as SALib, EMA Workbench or a spreadsheet writes one: a header
 * of JSON Pointers (one parameter per column), then one row of values per point. Cells may be quoted and padded with
 * spaces; blank lines are skipped. Every value is checked against the model before anything runs, and the first
 * problem is reported as {@code FILE:LINE:COLUMN: what was found and what is allowed}. A whole-number parameter takes
 * whole numbers only (5000 or 5000.0, not 5000.5): a design that asks for a fraction did not mean what would run. A
 * true/false switch ({@link Experiment#isSwitch}) takes {@code true}/{@code false} (any case) or 1/0.
 */
public final class DesignFile {
    /** The design: its pointers, its rows (one value per pointer) and a hash of its text, for the folder's identity. */
    public record Table(Path file, List<String> pointers, List<double[]> rows, String hash) {
    }

    private DesignFile() {
    }

    /** @throws IllegalArgumentException with the file, line and column of the first problem */
    public static Table read(Path file, Experiment base) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the design (" + e.getMessage() + ")");
        }
        String[] lines = text.split("\r?\n", -1);
        int headerLine = 0;
        while (headerLine < lines.length && lines[headerLine].isBlank()) {
            headerLine++;
        }
        if (headerLine == lines.length) {
            throw new IllegalArgumentException(file + ": empty; expected a header of JSON Pointers such as "
                    + "/militia/fighters,/mediation/startDay and one row of values per point");
        }
        List<String> pointers = header(file, headerLine + 1, lines[headerLine], base);
        List<double[]> rows = new ArrayList<>();
        for (int i = headerLine + 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                rows.add(row(file, i + 1, lines[i], pointers, base));
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(file + ": has a header but no rows; expected one row of values per"
                    + " point");
        }
        return new Table(file, pointers, rows, CanonicalJson.sha256(text));
    }

    private static List<String> header(Path file, int line, String text, Experiment base) {
        List<String> pointers = new ArrayList<>();
        String[] cells = text.split(",", -1);
        for (int c = 0; c < cells.length; c++) {
            String pointer = unquote(cells[c]);
            String where = file + ":" + line + ":" + column(text, c) + ": ";
            if (!pointer.startsWith("/")) {
                throw new IllegalArgumentException(where + "header field " + (c + 1) + " is '" + pointer + "'; each "
                        + "column must be named by the JSON Pointer of a parameter, such as /militia/fighters");
            }
            if (pointers.contains(pointer)) {
                throw new IllegalArgumentException(where + pointer + " is already a column; give each parameter once");
            }
            try {
                base.parameterValue(pointer);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
            pointers.add(pointer);
        }
        return pointers;
    }

    private static double[] row(Path file, int line, String text, List<String> pointers, Experiment base) {
        String[] cells = text.split(",", -1);
        if (cells.length != pointers.size()) {
            throw new IllegalArgumentException(file + ":" + line + ": " + cells.length + " fields, expected "
                    + pointers.size() + " (one per column of the header)");
        }
        double[] values = new double[cells.length];
        Experiment point = base;
        for (int c = 0; c < cells.length; c++) {
            String cell = unquote(cells[c]);
            String pointer = pointers.get(c);
            String at = file + ":" + line + ":" + column(text, c) + ": ";
            String where = at + pointer + ": ";
            boolean isSwitch = base.isSwitch(pointer);
            double v;
            if (isSwitch && (cell.equalsIgnoreCase("true") || cell.equalsIgnoreCase("false"))) {
                v = cell.equalsIgnoreCase("true") ? 1 : 0;
            } else {
                try {
                    v = Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + "found '" + cell + "'; expected "
                            + (isSwitch ? "true, false, 1 or 0" : "a number"));
                }
            }
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(where + "found '" + cell + "'; expected a finite number");
            }
            try {
                point = point.withParameter(pointer, v);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(at + e.getMessage(), e);
            }
            if (point.parameterValue(pointer) != v) {
                throw new IllegalArgumentException(where + "found " + cell + (isSwitch
                        ? "; this switch takes true, false, 1 or 0"
                        : "; this parameter takes whole numbers only (round the column)"));
            }
            values[c] = v;
        }
        return values;
    }

    /** The 1-based character column where field {@code index} starts. */
    private static int column(String line, int index) {
        int at = 0;
        for (int i = 0; i < index; i++) {
            at = line.indexOf(',', at) + 1;
        }
        return at + 1;
    }

    private static String unquote(String cell) {
        String s = cell.strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1).strip()
                : s;
    }
}
