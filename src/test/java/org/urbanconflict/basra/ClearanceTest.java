package org.urbanconflict.basra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.urbanconflict.TestScenarios;
import org.urbanconflict.basra.params.UnitType;
import org.urbanconflict.basra.scenario.Scenario;
import org.urbanconflict.core.RunEvent;
import org.urbanconflict.core.RunResult;

/**
 * The April 2008 phase (scenarios/basra-2008-april.json) over fixed seeds: the run reaches 30 April, raids halt on
 * 4 April and the clearance resumes on 12 April with Qibla first and then the order, reinforcements arrive 1-4 April,
 * refusers are dismissed and counted apart from the dead, coalition fire is held between the halt of raids and
 * the clearance and answers requests only in the clearance, and the ceasefire's calm ends when the clearance resumes.
 */
class ClearanceTest {
    private static final long[] SEEDS = {1, 2, 3};
    private static final Scenario APRIL = TestScenarios.load("basra-2008-april.json");

    private static ConflictModel startedAt(Scenario scenario, long seed, int hours) {
        ConflictModel model = ConflictModel.create(scenario, seed);
        model.start();
        for (int h = 0; h < hours; h++) {
            model.schedule.step(model);
        }
        return model;
    }

    private static int column(RunResult r, String metric) {
        return r.metricNames().indexOf(metric);
    }

    @Test
    void theAprilRunEndsAtMidnightClosingThirtyAprilAndTheBaselineStillOnFirstApril() {
        RunResult april = ConflictModel.run(APRIL, 1);
        assertEquals(LocalDateTime.of(2008, 5, 1, 0, 0), april.times().get(april.times().size() - 1));
        assertEquals(885 + 1, april.hourly().length, "hours from 03:00 25 March to midnight closing day 37");
        RunResult baseline = ConflictModel.run(TestScenarios.baseline(), 1);
        assertEquals(LocalDateTime.of(2008, 4, 2, 0, 0), baseline.times().get(baseline.times().size() - 1));
        assertTrue(Double.isNaN(baseline.summary("militia_killed_clearance")), "no clearance in the baseline");
        assertEquals(0.0, baseline.summary("dismissals"));
    }

    @Test
    void raidsHaltOnFourAprilAndTheClearanceResumesOnDayNineteenWithQiblaFirst() {
        for (long seed : SEEDS) {
            ConflictModel model = ConflictModel.create(APRIL, seed);
            model.start();
            int halt = model.clock().hourOf(11.0);
            int resume = model.clock().hourOf(19.0);
            int qibla = model.territory().map().district("qibla").orElseThrow().index();
            for (int h = 0; h <= resume; h++) {
                model.schedule.step(model);
                boolean quiet = h >= halt && h < resume && model.politics().ceasefireHour() >= 0;
                if (quiet) {
                    assertFalse(model.offensiveActive(), "seed " + seed + ": raids halted at hour " + h);
                    assertFalse(model.clearance().underWay());
                }
            }
            assertTrue(model.clearance().underWay(), "seed " + seed);
            assertEquals(resume, model.clearance().startHour(), "seed " + seed + ": resumes at 00:00 12 April");
            assertEquals(19, model.clock().calendarDay(model.clearance().startHour()));
            assertTrue(model.offensiveActive());
            assertEquals("clearance", model.phase(resume), "the clock shows the clearance");
            assertEquals(model.politics().phase(resume - 1), model.phase(resume - 1));
            assertTrue(model.clearance().focusDistrict() == qibla || model.clearance().cleared(0),
                    "seed " + seed + ": Qibla is the first district cleared");
        }
    }

    @Test
    void theClearanceTakesTheDistrictsOnInTheGivenOrder() {
        List<String> order = APRIL.parameters().getClearance().getOrder();
        for (long seed : SEEDS) {
            RunResult r = ConflictModel.run(APRIL, seed);
            List<String> begun = new ArrayList<>();
            for (RunEvent e : r.events()) {
                if (e.kind().equals("clearance") && e.text().startsWith("the clearance of ")) {
                    begun.add(e.text().substring("the clearance of ".length()).split(" ")[0]);
                }
            }
            assertFalse(begun.isEmpty(), "seed " + seed);
            assertEquals("qibla", begun.get(0), "seed " + seed + ": " + begun);
            int last = -1;
            for (String district : begun) {
                int position = order.indexOf(district);
                assertTrue(position > last, "seed " + seed + ": the focus only moves forward along the order, "
                        + begun);
                last = position;
            }
        }
    }

    @Test
    void reinforcementsArriveBetweenOneAndFourApril() {
        RunResult r = ConflictModel.run(APRIL, 2);
        ConflictModel clock = ConflictModel.create(APRIL, 2);
        clock.start();
        int first = clock.clock().hourOf(8.0);
        int last = clock.clock().hourOf(11.0);
        double[][] t = r.hourly();
        int committed = column(r, "gov_committed");
        assertEquals(30_000.0, t[first][committed], "nobody arrives before 2 April");
        assertEquals(36_600.0, t[last + 1][committed], "all 6,600 are in by 4 April");
        assertTrue(t[(first + last) / 2][committed] > 30_000.0 && t[(first + last) / 2][committed] < 36_600.0,
                "they arrive spread over the three days");
    }

    @Test
    void refusersAreDismissedAndCountedApartFromTheDead() {
        Scenario keep = APRIL.withParameters(withoutDismissals());
        for (long seed : SEEDS) {
            RunResult r = ConflictModel.run(APRIL, seed);
            RunResult kept = ConflictModel.run(keep, seed);
            double dismissed = r.summary("dismissals");
            assertTrue(dismissed > 0 && dismissed <= r.summary("refusals"), "seed " + seed + ": " + dismissed);
            assertEquals(0.0, kept.summary("dismissals"));
            assertTrue(kept.summary("gov_refusing") > r.summary("gov_refusing"), "seed " + seed
                    + ": dismissed refusers no longer sit in the force");
            double[] end = r.hourly()[r.hourly().length - 1];
            assertEquals(end[column(r, "gov_committed")], end[column(r, "gov_active")] + end[column(r, "gov_killed")]
                    + end[column(r, "gov_wounded")] + end[column(r, "desertions")] + end[column(r, "defections")]
                    + dismissed, "seed " + seed + ": the dismissed leave the ledger as dismissed");
        }
        ConflictModel model = startedAt(APRIL, 1, 400);
        long byType = 0;
        for (UnitType type : UnitType.values()) {
            byType += model.ledger().refused(type);
        }
        assertTrue(model.ledger().dismissedTotal() <= byType);
    }

    private static org.urbanconflict.basra.params.ScenarioParameters withoutDismissals() {
        var p = APRIL.parameters();
        p.getClearance().setDismissalsPerDay(0.0);
        return p;
    }

    @Test
    void coalitionFireIsHeldAfterRaidsHaltAndAnswersRequestsOnlyInTheClearance() {
        Scenario noFire = TestScenarios.load("what-if/april-no-coalition-fire.json");
        double inClearance = 0;
        for (long seed : SEEDS) {
            RunResult r = ConflictModel.run(APRIL, seed);
            ConflictModel clock = ConflictModel.create(APRIL, seed);
            clock.start();
            int held = clock.clock().hourOf(11.0) + 3;
            int resume = clock.clock().hourOf(19.0);
            double atHold = strikes(r, held);
            assertTrue(atHold > 0, "seed " + seed + ": coalition fire in March");
            assertEquals(atHold, strikes(r, resume), "seed " + seed + ": no strike between the halt and the clearance");
            inClearance += strikes(r, r.hourly().length - 1) - strikes(r, resume);

            RunResult none = ConflictModel.run(noFire, seed);
            int april = clock.clock().hourOf(8.0) + 3;
            assertEquals(strikes(none, april), strikes(none, none.hourly().length - 1), "seed " + seed
                    + ": the what-if holds all fire from 1 April");
            assertTrue(strikes(none, april) > 0, "seed " + seed + ": but not in March");
        }
        assertTrue(inClearance > 0, "fire on request in the clearance");
    }

    private static double strikes(RunResult r, int row) {
        return r.hourly()[row][column(r, "strikes_air")] + r.hourly()[row][column(r, "strikes_artillery")];
    }

    @Test
    void advisersMakeUnitsFightHarderOnlyInTheClearance() {
        int resume = startedAt(APRIL, 1, 0).clock().hourOf(19.0);
        ConflictModel before = startedAt(APRIL, 1, resume);
        ConflictModel during = startedAt(APRIL, 1, resume + 1);
        ConflictModel unadvised = startedAt(TestScenarios.load("what-if/april-no-advisers.json"), 1, resume + 1);
        double gain = APRIL.parameters().getClearance().getAdvisersTrainingGain();
        assertTrue(gain > 0);
        assertEquals(expected(before, 0.0), strengths(before), 1e-9);
        assertEquals(expected(during, gain), strengths(during), 1e-9);
        assertEquals(expected(unadvised, 0.0), strengths(unadvised), 1e-9);
        assertTrue(strengths(during) > expected(during, 0.0) + 1.0);
    }

    private static double strengths(ConflictModel model) {
        double total = 0;
        for (GovernmentUnit u : model.units()) {
            total += u.effectiveStrength();
        }
        return total;
    }

    private static double expected(ConflictModel model, double gain) {
        double total = 0;
        for (GovernmentUnit u : model.units()) {
            if (u.isArrived() && !u.isRefusing()) {
                total += Attrition.governmentEffectiveness(u.getFighting(), u.getTraining() + gain);
            }
        }
        return total;
    }

    @Test
    void theCeasefireCalmEndsWhenTheClearanceResumes() {
        // Militia that never ambush and fire no mortars: during the calm only the government could start a fight.
        var p = APRIL.parameters();
        p.getMilitia().setStandDownCompliance(0.5);
        p.getMilitia().getPostures().setAmbush(0.0);
        p.getMilitia().getPostures().setIndirectFire(0.0);
        Scenario s = APRIL.withParameters(p);
        int resume = startedAt(s, 1, 0).clock().hourOf(19.0);
        int checked = 0;
        double killedInClearance = 0;
        for (long seed : SEEDS) {
            RunResult r = ConflictModel.run(s, seed);
            if (Double.isNaN(r.summary("ceasefire_hour"))) {
                continue;
            }
            checked++;
            int ceasefire = (int) r.summary("ceasefire_hour");
            for (String metric : new String[] {"gov_killed", "militia_killed"}) {
                assertEquals(r.hourly()[ceasefire + 1][column(r, metric)], r.hourly()[resume][column(r, metric)],
                        metric + " between the ceasefire and the clearance, seed " + seed);
            }
            killedInClearance += r.summary("militia_killed_clearance");
            ConflictModel model = startedAt(s, seed, resume);
            assertTrue(model.ceasefireCalm(), "seed " + seed + ": the calm holds on 11 April");
            model.schedule.step(model);
            assertFalse(model.ceasefireCalm(), "seed " + seed + ": and ends when the clearance resumes");
        }
        assertTrue(checked >= 2, "most runs reach a ceasefire");
        assertTrue(killedInClearance > 0, "the clearance fights the cells still on the streets: " + killedInClearance);
    }

    @Test
    void dismissalsDrawFromTheirOwnStreamSoTheRunIsUnchangedUntilTheFirstDismissal() {
        // Dismissal draws come from the clearance's stream: until a unit is actually dismissed, the run with
        // dismissals matches the run without them hour for hour. Drawn from the shared generator, they would reshuffle
        // the agents from the first hour of dismissals on.
        var p = APRIL.parameters();
        p.getClearance().setDismissalsFromDay(100.0);
        Scenario never = APRIL.withParameters(p);
        int drawHours = 0;
        for (long seed : SEEDS) {
            RunResult with = ConflictModel.run(APRIL, seed);
            RunResult without = ConflictModel.run(never, seed);
            int first = 0;
            while (with.hourly()[first][column(with, "dismissals")] == 0) {
                first++;
            }
            for (int row = 0; row < first; row++) {
                assertEquals(Arrays.toString(without.hourly()[row]), Arrays.toString(with.hourly()[row]),
                        "seed " + seed + ", row " + row);
            }
            drawHours += first - 1 - startedAt(APRIL, seed, 0).clock().hourOf(7.0);
        }
        assertTrue(drawHours > 0, "some hours drew for dismissals before the first one: " + drawHours);
    }

    @Test
    void stoodDownCellsTakeUpArmsWithTheResistanceChance() {
        for (double resistance : new double[] {0.0, 1.0}) {
            var p = APRIL.parameters();
            p.getClearance().setMilitiaResistance(resistance);
            Scenario s = APRIL.withParameters(p);
            ConflictModel model = startedAt(s, 4, 0);
            int resume = model.clock().hourOf(19.0);
            for (int h = 0; h <= resume; h++) {
                model.schedule.step(model);
            }
            int qibla = model.territory().map().district("qibla").orElseThrow().index();
            int stoodDown = 0;
            int cells = 0;
            for (MilitiaCell m : model.militiaCells()) {
                if (m.getHomeDistrict() == qibla && m.getFighters() > 0) {
                    cells++;
                    stoodDown += m.getPosture() == Posture.STOOD_DOWN ? 1 : 0;
                }
            }
            assertTrue(cells > 0);
            if (resistance == 1.0) {
                assertEquals(0, stoodDown, "every cell in Qibla takes up arms again");
            } else {
                assertTrue(stoodDown > 0, "cells that obeyed stay off the streets");
            }
        }
    }
}
