package org.urbanconflict.core;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordered, declared list of {@link Metric}s: the columns a model reports every step (sampled into a preallocated
 * row, with no allocation) or at the end of a run (read into a name-to-value map in declaration order). The order is
 * the column order of every output file.
 *
 * @param <M> what the metrics read
 */
public final class MetricSet<M> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Metric<M>> metrics;

    private MetricSet(List<Metric<M>> metrics) {
        this.metrics = List.copyOf(metrics);
        List<String> seen = new ArrayList<>();
        for (Metric<M> m : this.metrics) {
            if (seen.contains(m.name())) {
                throw new IllegalArgumentException("metric " + m.name() + " is declared twice");
            }
            seen.add(m.name());
        }
    }

    public static <M> MetricSet<M> of(List<Metric<M>> metrics) {
        return new MetricSet<>(metrics);
    }

    /** A builder-style start: {@code MetricSet.<Model>builder().add(...).add(...).build()}. */
    public static <M> Builder<M> builder() {
        return new Builder<>();
    }

    public int size() {
        return metrics.size();
    }

    public Metric<M> get(int index) {
        return metrics.get(index);
    }

    public List<Metric<M>> list() {
        return metrics;
    }

    public List<String> names() {
        return metrics.stream().map(Metric::name).toList();
    }

    /** The position of a metric, or -1 when there is none of that name. */
    public int indexOf(String name) {
        for (int i = 0; i < metrics.size(); i++) {
            if (metrics.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Reads every metric into {@code row}, in order; allocates nothing. */
    public void sample(M source, double[] row) {
        for (int i = 0; i < row.length; i++) {
            row[i] = metrics.get(i).read(source);
        }
    }

    /** Reads every metric into {@code table} from {@code offset} on, in order, e.g. one row of a flat table. */
    public void sample(M source, double[] table, int offset) {
        for (int i = 0; i < metrics.size(); i++) {
            table[offset + i] = metrics.get(i).read(source);
        }
    }

    /** Reads every metric into a new map, in declaration order. */
    public Map<String, Double> read(M source) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Metric<M> m : metrics) {
            values.put(m.name(), m.read(source));
        }
        return values;
    }

    /** Collects metrics in order. */
    public static final class Builder<M> {
        private final List<Metric<M>> metrics = new ArrayList<>();

        public Builder<M> add(String name, String unit, String description, Metric.Reporter<M> reporter) {
            metrics.add(new Metric<>(name, unit, description, reporter));
            return this;
        }

        public Builder<M> addAll(MetricSet<M> others) {
            metrics.addAll(others.list());
            return this;
        }

        public MetricSet<M> build() {
            return new MetricSet<>(metrics);
        }
    }
}
