package org.urbanconflict.basra;

import java.util.List;
import org.urbanconflict.basra.params.ScenarioParameters;
import org.urbanconflict.basra.params.TimeParameters;
import org.urbanconflict.basra.params.UltimatumParameters;
import org.urbanconflict.core.Ordered;

/**
 * The Model tab's Timeline group: the run's start and end, and the weapons ultimatum, each its own sub-tab. The
 * other dated events sit with what they change (reinforcements and advisers on the Government tab, the mediators'
 * start on Mediation). Like {@link GovernmentGroup} it declares no parameter and looks each bean up on each call.
 */
public final class TimelineGroup implements Ordered {
    private final ConflictModel model;

    TimelineGroup(ConflictModel model) {
        this.model = model;
    }

    private ScenarioParameters next() {
        return model.configuredParameters();
    }

    public TimeParameters getRun() {
        return next().getTime();
    }

    public String desRun() {
        return next().desTime();
    }

    public UltimatumParameters getUltimatum() {
        return next().getUltimatum();
    }

    public String desUltimatum() {
        return next().desUltimatum();
    }

    @Override
    public List<String> propertyOrder() {
        return List.of("Run", "Ultimatum");
    }

    @Override
    public String toString() {
        return "Timeline";
    }
}
