package org.urbanconflict.basra;

import java.util.List;
import org.urbanconflict.basra.params.FireSupportSettings;
import org.urbanconflict.basra.params.GovernmentSettings;
import org.urbanconflict.basra.params.MediationSettings;
import org.urbanconflict.basra.params.MilitiaSettings;
import org.urbanconflict.core.Ordered;
import org.urbanconflict.basra.params.TimelineSettings;

/**
 * What MASON's Model tab shows for a {@link ConflictModel} (its {@code propertiesProxy()}): the live figures, then
 * the what-if settings grouped by topic instead of the eighty-odd fields of the scenario file. Each settings group
 * edits {@link ConflictModel#configuredParameters()}, so a change takes effect on the next start, as in every MASON
 * model, and a run under way is never altered.
 */
public final class ModelProperties implements Ordered {

    private final LiveFigures now;
    private final GovernmentSettings government;
    private final MilitiaSettings militia;
    private final FireSupportSettings fireSupport;
    private final MediationSettings mediation;
    private final TimelineSettings timeline;

    ModelProperties(ConflictModel model) {
        now = new LiveFigures(model);
        government = new GovernmentSettings(model::configuredParameters);
        militia = new MilitiaSettings(model::configuredParameters);
        fireSupport = new FireSupportSettings(model::configuredParameters);
        mediation = new MediationSettings(model::configuredParameters);
        timeline = new TimelineSettings(model::configuredParameters);
    }

    public LiveFigures getNow() {
        return now;
    }

    public String desNow() {
        return "Where the battle stands this hour. Right-click a number to chart it.";
    }

    public GovernmentSettings getGovernment() {
        return government;
    }

    public String desGovernment() {
        return "Iraqi army and police by unit type: strength, morale, infiltration, refusal, desertion, defection.";
    }

    public MilitiaSettings getMilitia() {
        return militia;
    }

    public String desMilitia() {
        return "Mahdi Army strength, weapons and discipline.";
    }

    public FireSupportSettings getFireSupport() {
        return fireSupport;
    }

    public String desFireSupport() {
        return "US air strikes and UK artillery: on or off, from which day, how much.";
    }

    public MediationSettings getMediation() {
        return mediation;
    }

    public String desMediation() {
        return "Outside mediation and the ceasefire rule.";
    }

    public TimelineSettings getTimeline() {
        return timeline;
    }

    public String desTimeline() {
        return "Run length, the ultimatum, reinforcements, advisers and the halt of raids.";
    }

    @Override
    public List<String> propertyOrder() {
        return List.of("Now", "Government", "Militia", "FireSupport", "Mediation", "Timeline");
    }
}
