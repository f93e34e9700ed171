package org.urbanconflict.basra.gui;

import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.basra.MetricsRecorder;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Runs after every simulated hour, in the model's thread with the schedule locked (GUIState's "immediately after"
 * queue): it refreshes the map's fields, gathers the hour's chart values and new events while the model holds still,
 * then hands them to the Swing thread. Nothing in the model knows it exists, so a run under the GUI is the same run
 * as on the command line.
 */
final class HourlyFeed implements Steppable {
    private static final long serialVersionUID = 1L;

    private final MapState map;
    private final LiveCharts charts;
    private final EventLogPanel log;
    private final EventLogModel events = new EventLogModel();
    private final List<ChartSpec> specs = ChartSpec.classroom();
    private int nextRow;

    HourlyFeed(MapState map, LiveCharts charts, EventLogPanel log) {
        this.map = map;
        this.charts = charts;
        this.log = log;
    }

    /**
     * Starts over for a new (or loaded) run labelled {@code label}: the charts keep the last run as faint lines and
     * start again, the log empties, then both show what the model holds now.
     */
    void restart(ConflictModel model, String label) {
        nextRow = 0;
        events.reset();
        long from = ClockText.epochMillis(model.clock(), 0);
        long to = ClockText.epochMillis(model.clock(), model.clock().horizonHours());
        double threshold = model.parameters().getMediation().getThreshold();
        boolean mediation = model.parameters().getMediation().isEnabled();
        var targets = model.scenario().targets();
        SwingUtilities.invokeLater(() -> {
            charts.reset(from, to, label, threshold, mediation, targets);
            log.clear();
        });
        step(model);
    }

    @Override
    public void step(SimState state) {
        ConflictModel model = (ConflictModel) state;
        map.refresh();
        MetricsRecorder recorder = model.recorder();
        List<LiveCharts.Point> points = new ArrayList<>();
        for (; nextRow < recorder.rowCount(); nextRow++) {
            double[][] values = new double[specs.size()][];
            for (int c = 0; c < specs.size(); c++) {
                List<ChartSpec.Line> lines = specs.get(c).lines();
                values[c] = new double[lines.size()];
                for (int i = 0; i < lines.size(); i++) {
                    values[c][i] = lines.get(i).value(recorder, nextRow);
                }
            }
            points.add(new LiveCharts.Point(ClockText.epochMillis(model.clock(), nextRow), values));
        }
        List<EventLogModel.Row> rows = events.newRows(model);
        int ceasefire = model.politics().ceasefireHour();
        long ceasefireMillis = ceasefire < 0 ? -1 : ClockText.epochMillis(model.clock(), ceasefire);
        if (!points.isEmpty() || !rows.isEmpty()) {
            SwingUtilities.invokeLater(() -> {
                charts.append(points, ceasefireMillis);
                log.append(rows);
            });
        }
    }
}
