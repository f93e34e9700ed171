package org.urbanconflict.chart;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Bands over a shared time axis: {@code times.get(h)} is the date of hour {@code h} in every band. Hours beyond the end
 * of {@code times} are not drawn.
 */
public record FanData(List<LocalDateTime> times, List<Band> bands) {
    public FanData {
        times = times == null ? List.of() : List.copyOf(times);
        bands = bands == null ? List.of() : List.copyOf(bands);
    }
}
