package org.urbanconflict.basra;

import java.util.List;
import org.urbanconflict.basra.params.FireSupportParameters;
import org.urbanconflict.basra.params.MediationParameters;
import org.urbanconflict.basra.params.MilitiaParameters;
import org.urbanconflict.core.Ordered;

/**
 * What MASON's Model tab shows for a {@link ConflictModel} (its {@code propertiesProxy()}): the live figures, then
 * the parameter beans themselves, grouped by topic instead of the nine sections of the scenario file. Every getter
 * looks the bean up in {@link ConflictModel#configuredParameters()} when called, so the tab edits what the next start
 * copies (a change takes effect on the next start, as in every MASON model, and a run under way is never altered),
 * and after the scenario picker swaps the scenario a fresh look-up finds the new scenario's beans.
 */
public final class ModelProperties implements Ordered {

    private final ConflictModel model;
    private final LiveFigures now;

    ModelProperties(ConflictModel model) {
        this.model = model;
        this.now = new LiveFigures(model);
    }

    public LiveFigures getNow() {
        return now;
    }

    public String desNow() {
        return "Where the battle stands this hour. Right-click a number to chart it.";
    }

    public GovernmentGroup getGovernment() {
        return new GovernmentGroup(model);
    }

    public String desGovernment() {
        return "Iraqi army and police: each unit type (strength, morale, infiltration, refusal, desertion, "
                + "defection), the offensive, morale and reinforcements.";
    }

    public MilitiaParameters getMilitia() {
        return model.configuredParameters().getMilitia();
    }

    public String desMilitia() {
        return "Mahdi Army strength, weapons and discipline.";
    }

    public FireSupportParameters getFireSupport() {
        return model.configuredParameters().getFireSupport();
    }

    public String desFireSupport() {
        return "US air strikes and UK artillery: on or off, from which day, how much.";
    }

    public MediationParameters getMediation() {
        return model.configuredParameters().getMediation();
    }

    public String desMediation() {
        return "Outside mediation, political pressure and the ceasefire rule.";
    }

    public TimelineGroup getTimeline() {
        return new TimelineGroup(model);
    }

    public String desTimeline() {
        return "When the run starts and ends, and the weapons ultimatum.";
    }

    @Override
    public List<String> propertyOrder() {
        return List.of("Now", "Government", "Militia", "FireSupport", "Mediation", "Timeline");
    }
}
