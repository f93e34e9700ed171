package org.urbanconflict.basra;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.urbanconflict.core.RunEvent;
import org.urbanconflict.core.RunResult;
import org.urbanconflict.core.scenario.ValidationTarget;

/** Detaches a finished Basra run into a plain {@link RunResult}. */
final class RunResults {
    private RunResults() {
    }

    static RunResult of(ConflictModel model) {
        MetricsRecorder rec = model.recorder();
        List<String> names = rec.metrics().names();
        double[][] table = rec.table();
        List<LocalDateTime> times = new ArrayList<>(table.length);
        for (int h = 0; h < table.length; h++) {
            times.add(model.clock().dateTime(h));
        }
        Map<String, Double> summary = SummaryMetrics.compute(model);
        Map<String, Boolean> targets = new LinkedHashMap<>();
        for (ValidationTarget target : model.scenario().targets()) {
            targets.put(target.id(), target.isHitBy(summary));
        }
        List<RunEvent> events = model.events().events().stream()
                .map(e -> new RunEvent(e.hour(), e.kind().name().toLowerCase(Locale.ROOT), e.text())).toList();
        return new RunResult(model.scenario().name(), model.scenario().hash(), model.seed(), names, table,
                List.copyOf(times), Collections.unmodifiableMap(summary), Outcome.classify(model).id(),
                Collections.unmodifiableMap(targets), events);
    }
}
