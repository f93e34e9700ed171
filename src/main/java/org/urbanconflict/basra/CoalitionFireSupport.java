package org.urbanconflict.basra;

import java.util.ArrayList;
import java.util.List;
import org.urbanconflict.basra.params.StrikeAssetParameters;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * US air strikes and UK artillery. Iraqi units in contact request strikes; a request is granted while the asset is
 * available and today's capacity (growing by {@code escalationPerDay} each day since it became available) is not
 * used up, and lands after {@code delayHours}. A strike hits the militia in its cell with {@code precision}, harder
 * when they are in the open ({@code openGroundExposure}), and harms civilians in proportion to density and occupancy.
 * After the ceasefire a strike still due lands only where government and militia are still in contact: with the
 * militia off the streets, strikes stop. Once the April clearance resumes, the calm is over
 * ({@link ConflictModel#ceasefireCalm}) and requests are answered only during the clearance ({@link Clearance}). No coalition ground troops are modelled: none entered the
 * city in the first week.
 */
public final class CoalitionFireSupport implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Asset air;
    private final Asset artillery;
    private final List<StrikeRecord> strikes = new ArrayList<>();
    private int firstStrikeHour = -1;

    public CoalitionFireSupport(StrikeAssetParameters airParameters, StrikeAssetParameters artilleryParameters,
            ConflictModel model) {
        this.air = new Asset(true, airParameters, model);
        this.artillery = new Asset(false, artilleryParameters, model);
    }

    /** A unit in contact in {@code cell} may call for fire; each asset decides on its own. */
    public void requestFrom(ConflictModel model, int cell) {
        air.request(model, cell);
        artillery.request(model, cell);
    }

    @Override
    public void step(SimState state) {
        ConflictModel model = (ConflictModel) state;
        air.deliver(model);
        artillery.deliver(model);
    }

    public List<StrikeRecord> strikes() {
        return strikes;
    }

    /** Model hour of the first coalition strike, or -1. */
    public int firstStrikeHour() {
        return firstStrikeHour;
    }

    private final class Asset implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final boolean isAir;
        private final StrikeAssetParameters p;
        private final int availableHour;
        private final int[] dueHour = new int[256];
        private final int[] targetCell = new int[256];
        private int queued;
        private int grantedDay = -1;
        private int grantedToday;

        Asset(boolean isAir, StrikeAssetParameters p, ConflictModel model) {
            this.isAir = isAir;
            this.p = p;
            this.availableHour = model.clock().hourOf(p.getAvailableFromDay());
        }

        void request(ConflictModel model, int cell) {
            int hour = model.hour();
            if (!p.isEnabled() || hour < availableHour || queued == dueHour.length || !model.clearance().fireAllowed()
                    || model.draws(RandomStream.FIRE_SUPPORT).nextDouble() >= p.getRequestProbability()) {
                return;
            }
            int day = model.clock().calendarDay(hour);
            if (day != grantedDay) {
                grantedDay = day;
                grantedToday = 0;
            }
            double daysAvailable = Math.max(0, day - model.clock().calendarDay(availableHour));
            double capacity = p.getStrikesPerDay() * Math.pow(1.0 + p.getEscalationPerDay(), daysAvailable);
            if (grantedToday + 1 > capacity) {
                return;
            }
            grantedToday++;
            dueHour[queued] = hour + (int) Math.round(p.getDelayHours());
            targetCell[queued] = cell;
            queued++;
        }

        void deliver(ConflictModel model) {
            int hour = model.hour();
            int kept = 0;
            boolean calm = model.ceasefireCalm();
            for (int i = 0; i < queued; i++) {
                if (dueHour[i] <= hour) {
                    if (!calm || inContact(model, targetCell[i])) {
                        strike(model, targetCell[i]);
                    }
                } else {
                    dueHour[kept] = dueHour[i];
                    targetCell[kept] = targetCell[i];
                    kept++;
                }
            }
            queued = kept;
        }

        /** Whether government units and militia on the streets still face each other in the cell. */
        private boolean inContact(ConflictModel model, int cell) {
            return model.territory().militiaFighters(cell) > 0 && model.territory().governmentStrength(cell) > 0;
        }

        private void strike(ConflictModel model, int cell) {
            boolean onTarget = model.territory().militiaFighters(cell) > 0
                    && model.draws(RandomStream.FIRE_SUPPORT).nextDouble() < p.getPrecision();
            if (onTarget) {
                double exposure = Attrition.militiaExposure(model.territory().control(cell) == Control.MILITIA,
                        model.parameters().getCombat().getOpenGroundExposure());
                model.interactions().militiaLosses(cell,
                        model.draws(RandomStream.FIRE_SUPPORT).poisson(p.getMilitiaCasualties() * exposure));
            }
            double density = model.densityOf(cell);
            int civilians = model.draws(RandomStream.FIRE_SUPPORT).poisson(p.getCivilianCasualties() * density
                    * model.civilians().occupancy(cell));
            model.civilians().harm(model, cell, civilians, true);
            model.ledger().strike(isAir);
            model.interactions().steadyUnitsNear(cell);
            strikes.add(new StrikeRecord(hour(model), cell, isAir, onTarget));
            if (firstStrikeHour < 0) {
                firstStrikeHour = model.hour();
                model.events().record(model.hour(), EventKind.FIRST_STRIKE, null,
                        "first coalition " + (isAir ? "air strike" : "artillery fire") + " on "
                                + model.placeName(cell));
            }
        }

        private int hour(ConflictModel model) {
            return model.hour();
        }
    }
}
