package org.urbanconflict.basra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.urbanconflict.TestScenarios;
import org.urbanconflict.basra.params.UnitType;
import org.urbanconflict.basra.scenario.Scenario;
import org.urbanconflict.core.RunResult;

/**
 * The mechanisms of the model's second round (issue 11), each over fixed seeds and against the same model with the
 * mechanism switched off, so that every assertion would fail without it.
 */
class SecondRoundMechanismTest {
    private static final long[] SEEDS = {1, 2, 3, 4, 5, 6};

    private static double total(Scenario s, String metric) {
        double sum = 0;
        for (long seed : SEEDS) {
            sum += ConflictModel.run(s, seed).summary(metric);
        }
        return sum;
    }

    private static double hourly(RunResult r, int hour, String metric) {
        return r.hourly()[hour][r.column(metric)];
    }

    @Test
    void armourAndFireInTheOpenTurnTheExchangeRatioToTheGovernment() {
        Scenario without = TestScenarios.baselineWith(p -> {
            p.getCombat().setArmourProtection(0.0);
            p.getCombat().setOpenGroundExposure(1.0);
        });
        Scenario with = TestScenarios.baselineWith(p -> {
            p.getCombat().setArmourProtection(0.8);
            p.getCombat().setOpenGroundExposure(3.0);
        });
        double govWithout = total(without, "gov_killed_week1");
        double govWith = total(with, "gov_killed_week1");
        double ratioWithout = total(without, "militia_killed_week1") / govWithout;
        double ratioWith = total(with, "militia_killed_week1") / govWith;
        assertTrue(govWith < 0.75 * govWithout, "armour spares government lives: " + govWith + " vs " + govWithout);
        assertTrue(ratioWith > 1.5 * ratioWithout, "militia dead per government dead: " + ratioWith + " vs "
                + ratioWithout);
    }

    @Test
    void underTheCurfewResidentsShelterUntilTheFightingIsLong() {
        Scenario fleeAtOnce = TestScenarios.baselineWith(p -> p.getCivilians().setShelterCombatHours(0.0));
        Scenario shelterAlways = TestScenarios.baselineWith(p -> p.getCivilians().setShelterCombatHours(1000.0));
        for (long seed : SEEDS) {
            RunResult sheltering = ConflictModel.run(shelterAlways, seed);
            assertEquals(0.0, sheltering.summary("displaced_week1"), "seed " + seed);
            assertTrue(sheltering.summary("deaths_week1") > 0, "there was fighting to flee from");
            assertTrue(ConflictModel.run(fleeAtOnce, seed).summary("displaced_week1") > 0, "seed " + seed);
        }
    }

    @Test
    void theDisplacedComeHomeOnceTheirBlockIsQuiet() {
        Scenario returning = TestScenarios.baselineWith(p -> {
            p.getCivilians().setShelterCombatHours(0.0);
            p.getCivilians().setReturnPerQuietHour(0.05);
        });
        Scenario staying = TestScenarios.baselineWith(p -> {
            p.getCivilians().setShelterCombatHours(0.0);
            p.getCivilians().setReturnPerQuietHour(0.0);
        });
        for (long seed : SEEDS) {
            RunResult back = ConflictModel.run(returning, seed);
            RunResult away = ConflictModel.run(staying, seed);
            int last = back.hourly().length - 1;
            assertTrue(hourly(back, last, "displaced_returned") > 0, "seed " + seed);
            assertEquals(0.0, hourly(away, last, "displaced_returned"), "seed " + seed);
            assertTrue(hourly(back, last, "displaced") < hourly(away, last, "displaced"), "seed " + seed);
        }
    }

    @Test
    void onlyInfiltratedMembersDefect() {
        Scenario loyal = TestScenarios.baselineWith(p -> {
            for (UnitType type : UnitType.values()) {
                p.getGovernment().getTypes().get(type).setInfiltration(0.0);
            }
        });
        for (long seed : SEEDS) {
            RunResult r = ConflictModel.run(loyal, seed);
            assertEquals(0.0, r.summary("defections"), "seed " + seed);
            assertTrue(r.summary("refusals") + r.summary("desertions") > 0, "units still break, seed " + seed);
        }
        assertTrue(total(TestScenarios.baseline(), "defections") > 0, "the baseline's infiltrated members defect");
    }

    @Test
    void afterTheCeasefireTheGovernmentOpensNoFightAndStrikesStop() {
        // Militia that never ambush and fire no mortars: after the ceasefire only the government could start a fight.
        Scenario s = TestScenarios.baselineWith(p -> {
            p.getMilitia().setStandDownCompliance(0.5);
            p.getMilitia().getPostures().setAmbush(0.0);
            p.getMilitia().getPostures().setIndirectFire(0.0);
        });
        int checked = 0;
        double gained = 0;
        for (long seed : SEEDS) {
            RunResult r = ConflictModel.run(s, seed);
            int ceasefire = (int) r.summary("ceasefire_hour");
            if (Double.isNaN(r.summary("ceasefire_hour"))) {
                continue;
            }
            checked++;
            int last = r.hourly().length - 1;
            for (String metric : new String[] {"gov_killed", "militia_killed"}) {
                assertEquals(hourly(r, ceasefire + 1, metric), hourly(r, last, metric),
                        metric + " after the ceasefire, seed " + seed);
            }
            assertEquals(0.0, r.summary("strikes_after_ceasefire"), "seed " + seed);
            gained += hourly(r, last, "gov_control_urban") - hourly(r, ceasefire, "gov_control_urban");
        }
        assertTrue(checked >= SEEDS.length / 2, "most runs reach a ceasefire");
        assertTrue(gained > 0, "government forces enter quiet districts unopposed: control gained " + gained);
    }

    @Test
    void theForcesAtTheirStartingPositionsLeaveControlWhereItWas() {
        for (long seed : SEEDS) {
            RunResult r = ConflictModel.run(TestScenarios.baseline(), seed);
            double start = hourly(r, 0, "gov_control_urban");
            assertTrue(Math.abs(hourly(r, 1, "gov_control_urban") - start) < 0.02, "seed " + seed);
        }
    }

    @Test
    void aUnitRefusesPlatoonByPlatoonAndFightsOnWithTheRest() {
        Scenario byPlatoon = TestScenarios.baselineWith(p -> {
            p.getGovernment().setRefusalGroupShare(0.25);
            p.getGovernment().getTypes().get(UnitType.LOCAL_POLICE).setRefusalHazard(1000.0);
        });
        ConflictModel model = ConflictModel.create(byPlatoon, 1);
        model.start();
        model.schedule.step(model);
        int police = 0;
        for (GovernmentUnit u : model.units()) {
            if (u.getType() == UnitType.LOCAL_POLICE && u.isArrived()) {
                police++;
                assertEquals(25, u.getRefused(), u.describe());
                assertTrue(!u.isRefusing() && u.getFighting() > 0 && u.effectiveStrength() > 0, u.describe());
            }
        }
        assertTrue(police > 100);
        for (int h = 0; h < 4; h++) {
            model.schedule.step(model);
        }
        for (GovernmentUnit u : model.units()) {
            if (u.getType() == UnitType.LOCAL_POLICE && u.isArrived() && u.getActive() > 0) {
                assertTrue(u.isRefusing() && u.getFighting() == 0 && u.effectiveStrength() == 0, u.describe());
            }
        }
    }

    @Test
    void refusalByPlatoonNarrowsTheSpreadOfTheWeeksRefusals() {
        double[] platoons = refusedOrDeserted(0.25, 1.0);
        double[] wholeUnits = refusedOrDeserted(1.0, 0.25);
        assertTrue(sd(platoons) < 0.7 * sd(wholeUnits), "sd " + sd(platoons) + " vs " + sd(wholeUnits));
        assertTrue(Math.abs(mean(platoons) / mean(wholeUnits) - 1.0) < 0.2, "comparable means: " + mean(platoons)
                + " vs " + mean(wholeUnits));
    }

    /** The week's refusers and deserters over 30 seeds, with the refusal hazards scaled to keep the mean close. */
    private static double[] refusedOrDeserted(double groupShare, double hazardScale) {
        Scenario s = TestScenarios.baselineWith(p -> {
            p.getGovernment().setRefusalGroupShare(groupShare);
            for (UnitType type : UnitType.values()) {
                var t = p.getGovernment().getTypes().get(type);
                t.setRefusalHazard(t.getRefusalHazard() * hazardScale);
            }
        });
        double[] values = new double[30];
        for (int i = 0; i < values.length; i++) {
            values[i] = ConflictModel.run(s, 100 + i).summary("refused_or_deserted_week1");
        }
        return values;
    }

    private static double mean(double[] values) {
        return java.util.Arrays.stream(values).average().orElseThrow();
    }

    private static double sd(double[] values) {
        double m = mean(values);
        return Math.sqrt(java.util.Arrays.stream(values).map(v -> (v - m) * (v - m)).sum() / (values.length - 1));
    }
}
