package org.urbanconflict.basra;

import org.urbanconflict.basra.params.MediationParameters;
import org.urbanconflict.basra.params.UltimatumParameters;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The politics around the fighting: the ultimatum and its extension, outside mediation, political pressure and the
 * ceasefire. Pressure is a decaying sum of weighted shocks (deaths, civilian harm, defections, strikes, sabotage,
 * hours of stalemate). The documented ceasefire rule: once mediation has run {@code minNegotiationHours}, each hour
 * a ceasefire is agreed with probability {@code 1 - exp(-hazardAtThreshold * (pressure / threshold)^2)}.
 */
public final class PoliticalProcess implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final int STALEMATE_WINDOW_HOURS = 24;

    private final int ultimatumHour;
    private final int ultimatumExpiryHour;
    private final int extensionHour;
    private final int extendedUntilHour;
    private final int mediationHour;
    private double pressure;
    private int ceasefireHour = -1;
    private int lastProgressHour;
    private long seenGovernmentDeaths;
    private long seenMilitiaDeaths;
    private long seenCivilianCasualties;
    private long seenDefectors;
    private long seenStrikes;
    private long seenSabotage;

    public PoliticalProcess(ConflictModel model) {
        UltimatumParameters u = model.parameters().getUltimatum();
        MediationParameters m = model.parameters().getMediation();
        ultimatumHour = model.clock().hourOf(u.getIssuedDay());
        ultimatumExpiryHour = ultimatumHour + (int) Math.round(u.getDurationHours());
        extensionHour = model.clock().hourOf(u.getExtensionDay());
        extendedUntilHour = model.clock().hourOf(u.getExtendedUntilDay());
        mediationHour = m.isEnabled() ? model.clock().hourOf(m.getStartDay()) : Integer.MAX_VALUE;
    }

    @Override
    public void step(SimState state) {
        ConflictModel model = (ConflictModel) state;
        int hour = model.hour();
        announce(model, hour);
        accumulatePressure(model, hour);
        if (ceasefireHour < 0 && hour >= mediationHour + model.parameters().getMediation().getMinNegotiationHours()) {
            MediationParameters m = model.parameters().getMediation();
            double relative = pressure / m.getThreshold();
            if (model.draws(RandomStream.POLITICS).hazardEvent(m.getHazardAtThreshold() * relative * relative)) {
                ceasefireHour = hour;
                model.declareCeasefire();
            }
        }
    }

    private void announce(ConflictModel model, int hour) {
        if (hour == ultimatumHour) {
            model.events().record(hour, EventKind.ULTIMATUM, null, "72-hour ultimatum: hand in weapons at police stations");
        }
        if (hour == ultimatumExpiryHour) {
            model.events().record(hour, EventKind.ULTIMATUM, null, "the ultimatum expires; "
                    + model.ledger().weaponsHandedIn() + " weapons handed in");
        }
        if (hour == extensionHour) {
            model.events().record(hour, EventKind.ULTIMATUM, null, "deadline extended, cash offered for heavy weapons");
        }
        if (hour == mediationHour) {
            model.events().record(hour, EventKind.MEDIATION, null, "outside mediation begins");
        }
    }

    private void accumulatePressure(ConflictModel model, int hour) {
        MediationParameters m = model.parameters().getMediation();
        ForceLedger l = model.ledger();
        long govDeaths = l.governmentKilled();
        long milDeaths = l.militiaKilled();
        long civilian = l.civilianKilled() + l.civilianWounded();
        long defectors = l.defectedTotal();
        long strikes = l.airStrikes() + l.artilleryStrikes();
        long sabotage = l.sabotageActs();
        double shock = m.getPerGovernmentDeath() * (govDeaths - seenGovernmentDeaths)
                + m.getPerMilitiaDeath() * (milDeaths - seenMilitiaDeaths)
                + m.getPerCivilianCasualty() * (civilian - seenCivilianCasualties)
                + m.getPerDefector() * (defectors - seenDefectors)
                + m.getPerStrike() * (strikes - seenStrikes)
                + model.parameters().getMilitia().getSabotagePressure() * (sabotage - seenSabotage);
        if (model.objectiveTakenThisHour()) {
            lastProgressHour = hour;
        } else if (ceasefireHour < 0 && hour - lastProgressHour >= STALEMATE_WINDOW_HOURS) {
            shock += m.getPerStalemateHour();
        }
        pressure = pressure * (1.0 - m.getDecayPerHour()) + shock;
        seenGovernmentDeaths = govDeaths;
        seenMilitiaDeaths = milDeaths;
        seenCivilianCasualties = civilian;
        seenDefectors = defectors;
        seenStrikes = strikes;
        seenSabotage = sabotage;
    }

    /** Hourly hand-in probability per weapon: zero outside the ultimatum window. */
    public double handInRate(UltimatumParameters u, int hour, boolean stoodDown) {
        if (hour < ultimatumHour || hour >= Math.max(ultimatumExpiryHour, extendedUntilHour)) {
            return 0.0;
        }
        double rate = u.getHandInRate() * (hour >= extensionHour ? u.getCashMultiplier() : 1.0);
        return stoodDown ? rate * u.getCeasefireMultiplier() : rate;
    }

    public double pressure() {
        return pressure;
    }

    public int ceasefireHour() {
        return ceasefireHour;
    }

    public int ultimatumExpiryHour() {
        return ultimatumExpiryHour;
    }

    public int mediationHour() {
        return mediationHour;
    }

    public int ultimatumHour() {
        return ultimatumHour;
    }

    /** The current phase, for the clock display and the event log. */
    public String phase(int hour) {
        if (ceasefireHour >= 0 && hour >= ceasefireHour) {
            return "ceasefire";
        }
        if (hour >= mediationHour) {
            return "mediation";
        }
        if (hour >= ultimatumHour && hour < ultimatumExpiryHour) {
            return "ultimatum";
        }
        return "offensive";
    }
}
