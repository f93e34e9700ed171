package org.urbanconflict.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.urbanconflict.chart.Band;
import org.urbanconflict.chart.FanData;
import org.urbanconflict.core.ChartPlan;

/**
 * Reads hourly metrics of the first runs of a {@code timeseries.csv.gz} and turns them into per-hour quantile bands.
 * Only the first {@link #MAX_RUNS} runs are read, so memory stays bounded for a batch of any size; replicates are
 * exchangeable, so the first thousand are as good a sample as any.
 */
public final class FanReader {
    public static final int MAX_RUNS = 1000;

    private FanReader() {
    }

    /** How a fan chart's title names the runs it shows: "runs", or "the first 1,000 of 5,000 runs" for a bigger batch. */
    public static String runsDrawn(int runs) {
        return runs <= MAX_RUNS ? "runs" : String.format(java.util.Locale.ROOT, "the first %,d of %,d runs", MAX_RUNS,
                runs);
    }

    /**
     * The bands of every fan, from one pass over the file: the time series is decompressed and parsed once, whatever
     * the number of fans, and only the columns the fans draw are kept.
     */
    public static List<FanData> read(Path timeseriesGz, List<ChartPlan.Fan> fans) throws IOException {
        List<String> metrics = fans.stream().flatMap(f -> f.metrics().stream()).distinct().toList();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(timeseriesGz), 1 << 16), StandardCharsets.UTF_8))) {
            List<String> header = List.of(in.readLine().split(","));
            int runCol = header.indexOf("run");
            int hourCol = header.indexOf("hour");
            int timeCol = header.indexOf("time");
            int[] cols = metrics.stream().mapToInt(m -> {
                int c = header.indexOf(m);
                if (c < 0) {
                    throw new IllegalArgumentException(timeseriesGz + " has no metric " + m + "; it has " + header);
                }
                return c;
            }).toArray();
            List<double[][]> rowsByRun = new ArrayList<>();
            List<LocalDateTime> times = new ArrayList<>();
            List<double[]> current = new ArrayList<>();
            String previousRun = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",", -1);
                if (!cells[runCol].equals(previousRun)) {
                    if (previousRun != null) {
                        rowsByRun.add(current.toArray(new double[0][]));
                        if (rowsByRun.size() == MAX_RUNS) {
                            current = null;
                            break;
                        }
                    }
                    previousRun = cells[runCol];
                    current = new ArrayList<>();
                }
                double[] values = new double[cols.length];
                for (int k = 0; k < cols.length; k++) {
                    values[k] = cells[cols[k]].isEmpty() ? Double.NaN : Double.parseDouble(cells[cols[k]]);
                }
                current.add(values);
                if (rowsByRun.isEmpty()) {
                    int hour = Integer.parseInt(cells[hourCol]);
                    times.add(timeCol >= 0 ? LocalDateTime.parse(cells[timeCol])
                            : LocalDateTime.of(2000, 1, 1, 0, 0).plusHours(hour));
                }
            }
            if (current != null && !current.isEmpty()) {
                rowsByRun.add(current.toArray(new double[0][]));
            }
            List<FanData> result = new ArrayList<>();
            for (ChartPlan.Fan fan : fans) {
                int[] columns = fan.metrics().stream().mapToInt(metrics::indexOf).toArray();
                result.add(bands(rowsByRun, columns, times, fan.labels(), timeCol >= 0 ? null : "Step"));
            }
            return result;
        }
    }

    private static FanData bands(List<double[][]> runs, int[] columns, List<LocalDateTime> times,
            List<String> labels, String stepAxis) {
        int hours = times.size();
        List<Band> bands = new ArrayList<>();
        double[] column = new double[runs.size()];
        for (int k = 0; k < labels.size(); k++) {
            double[][] q = new double[5][hours];
            for (int h = 0; h < hours; h++) {
                int n = 0;
                for (double[][] run : runs) {
                    if (h < run.length && !Double.isNaN(run[h][columns[k]])) {
                        column[n++] = run[h][columns[k]];
                    }
                }
                Arrays.sort(column, 0, n);
                double[] levels = {0.05, 0.25, 0.5, 0.75, 0.95};
                for (int i = 0; i < levels.length; i++) {
                    q[i][h] = Statistics.sortedQuantile(column, n, levels[i]);
                }
            }
            bands.add(new Band(labels.get(k), q[0], q[1], q[2], q[3], q[4]));
        }
        return new FanData(List.copyOf(times), bands, stepAxis);
    }
}
