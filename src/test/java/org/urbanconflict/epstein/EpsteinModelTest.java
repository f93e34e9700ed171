package org.urbanconflict.epstein;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.urbanconflict.core.RunResult;

/** The model's bookkeeping: per-cell counts, cells and agent arrays agree at every step; runs are reproducible. */
class EpsteinModelTest {
    static EpsteinScenario scenario(EpsteinParameters p, List<ScheduledChange> schedule) {
        return new EpsteinScenario("test", "", "test.json", "{}", "test", p, schedule, Map.of(), List.of());
    }

    static EpsteinParameters small(ArrestRule rule, double vision) {
        EpsteinParameters p = new EpsteinParameters();
        p.setWidth(23);
        p.setHeight(17);
        p.setCitizenVision(vision);
        p.setCopVision(vision);
        p.arrestRule(rule);
        p.setLegitimacy(0.7);
        p.setMaxJailTerm(12);
        p.setSteps(200);
        return p;
    }

    /** Recounts every disc from the cells and checks it against the incrementally kept counts. */
    static void assertConsistent(EpsteinModel m) {
        int[] expected = new int[m.lattice.cells];
        for (int c = 0; c < m.lattice.cells; c++) {
            int packed = m.lattice.scanCopsAndActives(m.cell, c, m.citizenDisc);
            expected[c] = (packed >>> 16) * EpsteinModel.ONE_COP + (packed & 0xFFFF);
        }
        assertArrayEquals(expected, m.near, "per-cell counts drifted from the cells");
        int active = 0;
        int free = 0;
        for (int i = 0; i < m.citizens; i++) {
            if (m.pos[i] >= 0) {
                free++;
                assertEquals(i, m.occupant[m.pos[i]]);
                assertTrue(m.cell[m.pos[i]] == EpsteinModel.QUIET || m.cell[m.pos[i]] == EpsteinModel.ACTIVE);
                active += m.cell[m.pos[i]] == EpsteinModel.ACTIVE ? 1 : 0;
            } else {
                assertTrue(m.jail[i] > 0, "a citizen off the lattice is in jail");
            }
        }
        assertEquals(active, m.activeCount);
        assertEquals(m.citizens - free, m.jailedCount);
        for (int j = 0; j < m.copCount; j++) {
            assertEquals(EpsteinModel.COP, m.cell[m.copPos[j]]);
            assertEquals(j, m.occupant[m.copPos[j]]);
        }
    }

    @Test
    void countsStayExactAcrossTheTorusEdgesForEveryRuleAndVision() {
        for (ArrestRule rule : ArrestRule.values()) {
            for (double vision : new double[] {1.7, 3, 7}) {
                EpsteinModel m = EpsteinModel.create(scenario(small(rule, vision), List.of()), 5);
                m.start();
                assertConsistent(m);
                for (int s = 0; s < 60; s++) {
                    m.schedule.step(m);
                    assertConsistent(m);
                }
            }
        }
    }

    @Test
    void countsStayExactWhileCopsAreAddedAndRemoved() {
        EpsteinParameters p = small(ArrestRule.FLOOR, 4);
        List<ScheduledChange> schedule = List.of(
                new ScheduledChange(ScheduledChange.Target.COP_DENSITY, 5, 20, 0.15, "test"),
                new ScheduledChange(ScheduledChange.Target.COP_DENSITY, 30, 30, 0.0, "test"));
        EpsteinModel m = EpsteinModel.create(scenario(p, schedule), 2);
        m.start();
        for (int s = 0; s < 40; s++) {
            m.schedule.step(m);
            assertConsistent(m);
            if (s + 1 == 20) {
                assertEquals(Math.round(0.15 * 23 * 17), m.copCount);
            }
        }
        assertEquals(0, m.copCount);
    }

    @Test
    void visionDiscsHaveTheEuclideanShape() {
        assertEquals(9, new Lattice.Disc(1.7).size, "1.7: the eight adjacent cells and the centre");
        assertEquals(149, new Lattice.Disc(7).size, "7: 148 cells and the centre, as NetLogo's in-radius");
        assertEquals(5, new Lattice.Disc(1).size, "1: the four orthogonal neighbours");
    }

    @Test
    void theSameSeedGivesTheSameRunAndAnotherSeedAnother() {
        EpsteinScenario s = scenario(small(ArrestRule.FLOOR, 7), List.of());
        RunResult a = EpsteinModel.run(s, 11);
        RunResult b = EpsteinModel.run(s, 11);
        RunResult c = EpsteinModel.run(s, 12);
        assertTrue(java.util.Arrays.deepEquals(a.hourly(), b.hourly()));
        assertEquals(a.summary(), b.summary());
        assertTrue(!java.util.Arrays.deepEquals(a.hourly(), c.hourly()));
    }

    @Test
    void arrestProbabilityFollowsEachRule() {
        EpsteinModel m = EpsteinModel.create(scenario(small(ArrestRule.LITERAL, 7), List.of()), 1);
        m.start();
        assertEquals(0.8997, m.arrestProbability(1, 1), 1e-4, "k = 2.3 gives P = 0.9 when C = A = 1");
        assertEquals(1 - Math.exp(-2.3 / 3), m.arrestProbability(1, 3), 1e-12);
        m.p.arrestRule(ArrestRule.FLOOR);
        assertEquals(0.0, m.arrestProbability(2, 3), 0.0, "floor: more actives than cops, no risk");
        assertEquals(1 - Math.exp(-2.3), m.arrestProbability(3, 3), 1e-12);
        m.p.arrestRule(ArrestRule.ROUND);
        assertEquals(0.0, m.arrestProbability(1, 2), 0.0, "round: 0.5 rounds half to even, to 0");
        assertEquals(1 - Math.exp(-2.3 * 2), m.arrestProbability(3, 2), 1e-12, "1.5 rounds to 2");
    }

    @Test
    void jailTermsLastOneToJmaxStepsAndInfiniteTermsNeverEnd() {
        EpsteinParameters p = small(ArrestRule.FLOOR, 7);
        p.setLegitimacy(0.0);
        EpsteinModel m = EpsteinModel.create(scenario(p, List.of()), 3);
        m.start();
        for (int s = 0; s < 50; s++) {
            m.schedule.step(m);
            for (int i = 0; i < m.citizens; i++) {
                assertTrue(m.jail[i] >= 0 && m.jail[i] <= 12);
            }
        }
        p.setInfiniteJail(true);
        EpsteinModel forever = EpsteinModel.create(scenario(p, List.of()), 3);
        forever.start();
        int jailed = 0;
        for (int s = 0; s < 50; s++) {
            forever.schedule.step(forever);
            assertTrue(forever.jailedCount >= jailed, "nobody leaves a life term");
            jailed = forever.jailedCount;
        }
        assertTrue(jailed > 0);
    }

    @Test
    void aCheckpointMidRunResumesToTheSameResult() throws Exception {
        EpsteinScenario s = scenario(small(ArrestRule.FLOOR, 7), List.of(
                new ScheduledChange(ScheduledChange.Target.LEGITIMACY, 50, 60, 0.5, "test")));
        RunResult straight = EpsteinModel.run(s, 4);
        EpsteinModel m = EpsteinModel.create(s, 4);
        m.start();
        for (int k = 0; k < 70; k++) {
            m.schedule.step(m);
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(m);
        }
        EpsteinModel restored;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            restored = (EpsteinModel) in.readObject();
        }
        RunResult resumed = restored.runToEnd();
        assertTrue(java.util.Arrays.deepEquals(straight.hourly(), resumed.hourly()));
        assertEquals(straight.summary(), resumed.summary());
        assertEquals(straight.events(), resumed.events());
    }

    @Test
    void theModelTabMovesLegitimacyAndCopsDuringARun() {
        EpsteinModel m = EpsteinModel.create(scenario(small(ArrestRule.FLOOR, 4), List.of()), 6);
        m.start();
        m.schedule.step(m);
        ModelTab tab = (ModelTab) m.propertiesProxy();
        tab.setLegitimacy(0.3);
        tab.setCopDensity(0.1);
        m.schedule.step(m);
        assertEquals(0.3, m.parameters().getLegitimacy());
        assertEquals(Math.round(0.1 * 23 * 17), m.copCount());
        assertEquals(0.3, m.configuredParameters().getLegitimacy(), "and the next start keeps it");
        assertEquals(m.activeCount() + m.quietCount() + m.jailedCount(), m.citizenCount());
        assertConsistent(m);
    }
}
