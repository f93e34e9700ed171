package org.urbanconflict.chart;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Bands over a shared time axis: {@code times.get(h)} is the date of hour {@code h} in every band. Hours beyond the end
 * of {@code times} are not drawn.
 *
 * @param stepAxis for a model whose steps are not dated: the label of a plain step axis (x = the row number), in
 *                 place of the date axis; null for dated rows
 */
public record FanData(List<LocalDateTime> times, List<Band> bands, String stepAxis) {
    public FanData {
        times = times == null ? List.of() : List.copyOf(times);
        bands = bands == null ? List.of() : List.copyOf(bands);
    }

    /** Bands over dated rows. */
    public FanData(List<LocalDateTime> times, List<Band> bands) {
        this(times, bands, null);
    }
}
