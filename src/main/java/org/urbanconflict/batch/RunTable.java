package org.urbanconflict.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code runs.csv} read back into columns: numbers as doubles (an empty field is NaN), the outcome as text. Holds
 * one row per run (not the time series), which is small even for 100,000 runs.
 */
public final class RunTable {
    private final List<String> columns;
    private final Map<String, double[]> numbers = new LinkedHashMap<>();
    private final String[] outcomes;

    private RunTable(List<String> columns, List<String[]> rows) {
        this.columns = columns;
        int outcome = columns.indexOf("outcome");
        outcomes = new String[rows.size()];
        for (int c = 0; c < columns.size(); c++) {
            if (c == outcome) {
                continue;
            }
            double[] values = new double[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                String cell = rows.get(r)[c];
                values[r] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
            }
            numbers.put(columns.get(c), values);
        }
        for (int r = 0; r < rows.size(); r++) {
            outcomes[r] = outcome < 0 ? "" : rows.get(r)[outcome];
        }
    }

    public static RunTable read(Path runsCsv) throws IOException {
        List<String> lines = Files.readAllLines(runsCsv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IOException(runsCsv + " is empty");
        }
        List<String> columns = List.of(lines.get(0).split(","));
        List<String[]> rows = new ArrayList<>(lines.size() - 1);
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            if (cells.length != columns.size()) {
                throw new IOException(runsCsv + " line " + (i + 1) + " has " + cells.length + " fields, expected "
                        + columns.size());
            }
            rows.add(cells);
        }
        return new RunTable(columns, rows);
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
