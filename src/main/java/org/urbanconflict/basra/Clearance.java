package org.urbanconflict.basra;

import java.util.Arrays;
import java.util.List;
import org.urbanconflict.basra.params.ClearanceParameters;
import org.urbanconflict.basra.scenario.DistrictMap;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The April 2008 phase, run once an hour after the timeline. From {@code resumeDay} the government's assault units
 * clear one district at a time in the scenario's order (the first not yet cleared), and the offensive is active again
 * whatever the ceasefire and the halt of raids said; when the clearance first reaches a district, each militia cell
 * there that stood down takes up arms again with chance {@code militiaResistance}. A district counts as cleared the
 * first time it is taken during the clearance; the clearance then moves on and never back, and an equal share of the
 * free assault units (those inside the district, up to the force divided by the districts still to hold) stays to hold
 * it, retaking blocks that slip back, so that the last district is not left with everyone and the first with nobody.
 * Units with embedded advisers fight with {@code advisersTrainingGain} more training while it lasts. Coalition fire
 * is held from {@code fireHeldFromDay} except on request during the clearance. From {@code dismissalsFromDay} each
 * refusing unit is dismissed at {@code dismissalsPerDay}. Its draws come from its own stream
 * ({@link RandomStream#CLEARANCE}), so turning it on shifts no other submodel's numbers. When the section is disabled
 * (the March baseline) it draws no random number and changes nothing. Costs one pass over the units an hour while dismissals run.
 */
public final class Clearance implements Steppable {
    private static final long serialVersionUID = 1L;
    /** No district in the order is open: units fall back on their own objectives. */
    private static final int NONE = -1;

    private final ConflictModel model;
    private final ClearanceParameters p;
    private final boolean enabled;
    private final int resumeHour;
    private final int fireHeldHour;
    private final int dismissalsHour;
    private final double dismissalChancePerHour;
    /** Objective index (position in the government's objectives) of each district in the clearance order. */
    private final int[] orderObjectives;
    private final int[] orderDistricts;
    private final boolean[] reached;
    private final boolean[] cleared;
    /** Per unit (by id): the objective index of the cleared district it holds, or -1 for a free unit. */
    private final int[] holding;
    private int focus = NONE;
    private int startHour = -1;
    private boolean advisersApplied;

    Clearance(ConflictModel model) {
        this.model = model;
        this.p = model.parameters().getClearance();
        this.enabled = p.isEnabled();
        BattleClock clock = model.clock();
        this.resumeHour = clock.hourOf(p.getResumeDay());
        this.fireHeldHour = clock.hourOf(p.getFireHeldFromDay());
        this.dismissalsHour = clock.hourOf(p.getDismissalsFromDay());
        this.dismissalChancePerHour = -Math.expm1(-p.getDismissalsPerDay() / 24.0);
        List<String> objectives = model.parameters().getGovernment().getObjectives();
        DistrictMap map = model.territory().map();
        List<String> order = enabled ? p.getOrder() : List.of();
        this.orderObjectives = order.stream().mapToInt(objectives::indexOf).toArray();
        this.orderDistricts = order.stream().mapToInt(id -> map.district(id).orElseThrow().index()).toArray();
        this.reached = new boolean[order.size()];
        this.cleared = new boolean[order.size()];
        this.holding = new int[model.units().length];
        Arrays.fill(holding, NONE);
    }

    @Override
    public void step(SimState state) {
        if (!enabled) {
            return;
        }
        int hour = model.hour();
        if (hour >= dismissalsHour) {
            dismissRefusers(hour);
        }
        if (hour < resumeHour) {
            return;
        }
        if (startHour < 0) {
            startHour = hour;
            model.events().record(hour, EventKind.CLEARANCE, null, "the deliberate clearance resumes, district by "
                    + "district");
        }
        if (!advisersApplied && model.advisersEmbedded()) {
            advisersApplied = true;
            for (GovernmentUnit u : model.units()) {
                u.trainWithAdvisers(p.getAdvisersTrainingGain());
            }
        }
        updateFocus(hour);
    }

    /**
     * Marks the districts taken since the last hour as cleared (leaving holders there), then makes the first district
     * of the order not yet cleared the focus; reaching it the first time wakes its stood-down cells.
     */
    private void updateFocus(int hour) {
        for (int i = 0; i < orderDistricts.length; i++) {
            if (!cleared[i] && model.territoryState().taken(orderDistricts[i])) {
                cleared[i] = true;
                leaveHolders(i, hour);
            }
        }
        focus = NONE;
        for (int i = 0; i < orderDistricts.length; i++) {
            if (!cleared[i]) {
                focus = i;
                break;
            }
        }
        if (focus == NONE || reached[focus]) {
            return;
        }
        reached[focus] = true;
        int district = orderDistricts[focus];
        int cells = 0;
        int armed = 0;
        for (MilitiaCell m : model.militiaCells()) {
            if (m.getHomeDistrict() == district && m.getPosture() == Posture.STOOD_DOWN) {
                cells++;
                armed += m.meetClearance(model, p.getMilitiaResistance()) ? 1 : 0;
            }
        }
        model.events().record(hour, EventKind.CLEARANCE, null, "the clearance of "
                + model.territory().map().districts().get(district).id() + " begins; " + armed + " of " + cells
                + " stood-down militia cells there take up arms again");
    }

    /** Free assault units inside the district stay to hold it, up to the free force over the districts left to hold. */
    private void leaveHolders(int i, int hour) {
        GovernmentUnit[] units = model.units();
        int free = 0;
        for (GovernmentUnit u : units) {
            free += isFree(u) ? 1 : 0;
        }
        int stillToClear = 0;
        for (boolean c : cleared) {
            stillToClear += c ? 0 : 1;
        }
        int quota = (int) Math.ceil((double) free / (stillToClear + 1));
        int district = orderDistricts[i];
        model.planner().keepFresh(orderObjectives[i]);
        int left = 0;
        for (GovernmentUnit u : units) {
            if (left < quota && isFree(u) && model.territory().map().districtOf(u.getCell()) == district) {
                holding[u.getId()] = orderObjectives[i];
                left++;
            }
        }
        model.events().record(hour, EventKind.CLEARANCE, null, model.territory().map().districts().get(district).id()
                + " is cleared; " + left + " units stay to hold it");
    }

    private boolean isFree(GovernmentUnit u) {
        return u.isArrived() && u.getActive() > 0 && !u.isRefusing() && u.getRole() == Role.ASSAULT
                && holding[u.getId()] == NONE;
    }

    private void dismissRefusers(int hour) {
        for (GovernmentUnit u : model.units()) {
            if (u.isArrived() && u.getRefused() > 0
                    && model.draws(RandomStream.CLEARANCE).nextDouble() < dismissalChancePerHour) {
                int dismissed = u.dismissRefusers();
                model.ledger().dismissal(u.getType(), dismissed);
                model.events().record(hour, EventKind.DISMISSAL, u, u.describe() + ": " + dismissed
                        + " dismissed for refusing to fight");
            }
        }
    }

    /** Whether the clearance is under way this hour: assault units advance again, whatever the ceasefire said. */
    public boolean underWay() {
        return startHour >= 0;
    }

    /**
     * The objective unit {@code unitId} heads for: during the clearance, the cleared district it holds, else the
     * district in focus; otherwise (and once every district of the order is cleared) its own objective, or the next
     * open one.
     */
    public int objectiveFor(int unitId, int ownObjective) {
        if (underWay() && holding[unitId] != NONE) {
            return holding[unitId];
        }
        return underWay() && focus != NONE ? orderObjectives[focus]
                : model.planner().currentObjective(ownObjective);
    }

    /** Whether coalition fire may answer a request this hour: always before the hold, then only in the clearance. */
    public boolean fireAllowed() {
        return !enabled || model.hour() < fireHeldHour || (underWay() && p.isFireOnRequest());
    }

    /** Model hour the clearance resumed, or -1 if it has not. */
    public int startHour() {
        return startHour;
    }

    /** Whether the district at this position of the order has been cleared. */
    public boolean cleared(int positionInOrder) {
        return cleared[positionInOrder];
    }

    /** The objective index of the district unit {@code unitId} holds, or -1. */
    public int holdingOf(int unitId) {
        return holding[unitId];
    }

    /** The district in focus (a map index); -1 before the clearance and once every district of the order is cleared. */
    public int focusDistrict() {
        return underWay() && focus != NONE ? orderDistricts[focus] : -1;
    }
}
