package org.urbanconflict.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code runs.csv} read back into columns: numbers as doubles (an empty field is NaN), the outcome as text. Holds
 * one row per run (not the time series), about 8 bytes per number: 100,000 runs of 80 columns take 64 MB. Lines are
 * parsed one at a time straight into the columns, so reading costs no more than the table itself.
 */
public final class RunTable {
    private final List<String> columns;
    private final Map<String, double[]> numbers;
    private final String[] outcomes;

    private RunTable(List<String> columns, Map<String, double[]> numbers, String[] outcomes) {
        this.columns = columns;
        this.numbers = numbers;
        this.outcomes = outcomes;
    }

    public static RunTable read(Path runsCsv) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(runsCsv, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                throw new IOException(runsCsv + " is empty");
            }
            List<String> columns = List.of(header.split(","));
            int outcomeColumn = columns.indexOf("outcome");
            double[][] values = new double[columns.size()][256];
            String[] outcomes = new String[256];
            Map<String, String> outcomeNames = new HashMap<>();
            int rows = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (rows == outcomes.length) {
                    outcomes = Arrays.copyOf(outcomes, rows * 2);
                    for (int c = 0; c < values.length; c++) {
                        values[c] = Arrays.copyOf(values[c], rows * 2);
                    }
                }
                int from = 0;
                for (int c = 0; c < columns.size(); c++) {
                    int to = c == columns.size() - 1 ? line.length() : line.indexOf(',', from);
                    if (to < 0 || (c == columns.size() - 1 && line.indexOf(',', from) >= 0)) {
                        throw new IOException(runsCsv + " line " + (rows + 2) + " has " + line.split(",", -1).length
                                + " fields, expected " + columns.size());
                    }
                    String cell = line.substring(from, to);
                    if (c == outcomeColumn) {
                        outcomes[rows] = outcomeNames.computeIfAbsent(cell, k -> k);
                    } else {
                        values[c][rows] = cell.isEmpty() ? Double.NaN : number(cell, runsCsv, rows + 2, columns.get(c));
                    }
                    from = to + 1;
                }
                if (outcomeColumn < 0) {
                    outcomes[rows] = "";
                }
                rows++;
            }
            Map<String, double[]> numbers = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                if (c != outcomeColumn) {
                    numbers.put(columns.get(c), Arrays.copyOf(values[c], rows));
                }
            }
            return new RunTable(columns, numbers, Arrays.copyOf(outcomes, rows));
        }
    }

    /**
     * A cell as a number. The tool writes finite decimals, and an empty field for no value, so anything else (NaN,
     * Infinity, text) is damage, reported with its line and column rather than read as a silently wrong value.
     */
    private static double number(String cell, Path file, int line, String column) throws IOException {
        double value;
        try {
            value = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!Double.isFinite(value) || Character.isLetter(cell.charAt(cell.length() - 1))) {
            String shown = cell.length() > 20 ? cell.substring(0, 20) + "..." : cell;
            throw new IOException(file + " line " + line + ", column " + column + ": '" + shown + "' is not a finite"
                    + " number (the tool writes numbers, and an empty field for no value); the folder is damaged");
        }
        return value;
    }

    public int size() {
        return outcomes.length;
    }

    public List<String> columns() {
        return columns;
    }

    public boolean has(String column) {
        return numbers.containsKey(column);
    }

    /** A numeric column; throws naming the column and the folder's columns if it is missing. */
    public double[] column(String name) {
        double[] values = numbers.get(name);
        if (values == null) {
            throw new IllegalArgumentException("runs.csv has no column " + name + "; it has " + columns);
        }
        return values;
    }

    public String[] outcomes() {
        return outcomes.clone();
    }

    /** Summary-metric columns: everything numeric except labels, run, seed and target hits. */
    public List<String> metricColumns(List<String> labelColumns) {
        List<String> metrics = new ArrayList<>();
        for (String c : numbers.keySet()) {
            if (!c.equals("run") && !c.equals("seed") && !c.startsWith(RunRows.TARGET_PREFIX)
                    && !labelColumns.contains(c)) {
                metrics.add(c);
            }
        }
        return metrics;
    }
}
