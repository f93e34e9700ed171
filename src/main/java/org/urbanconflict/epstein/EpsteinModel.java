package org.urbanconflict.epstein;

import java.util.List;
import org.urbanconflict.core.RunResult;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Epstein's civil violence model, Model I (Epstein 2002), as a MASON {@link SimState} on a torus of cells. Citizens
 * and cops live in compact arrays, not as one object each, and are stepped as one group in random order: per the
 * architecture guide's speed notes, scheduling each of thousands of agents on its own would cost a heap operation
 * per agent per step. Each step runs, in this order:
 * <ol>
 * <li>{@link Changes}: scheduled changes of legitimacy or cop density, and releases from jail;</li>
 * <li>{@link Activation}: every free citizen and cop once, in a fresh random order (asynchronous activation); each
 * first moves to a random empty cell within its vision (rule M), then a citizen decides to be active or quiet
 * (rule A) and a cop arrests one random active citizen within its vision (rule C);</li>
 * <li>{@link EpsteinCensus}: the step's counts, outbursts and events.</li>
 * </ol>
 * Counts of cops and actives within a citizen's vision are kept per cell and updated when a cop moves or a citizen
 * turns active, moves while active or is arrested, so rule A reads two numbers instead of scanning 149 cells. All
 * randomness comes from {@code random}.
 */
public final class EpsteinModel extends SimState implements sim.util.Proxiable {
    private static final long serialVersionUID = 1L;

    static final byte EMPTY = 0;
    static final byte QUIET = 1;
    static final byte ACTIVE = 2;
    static final byte COP = 3;
    /** Jail term of a citizen who is never released. */
    static final int FOREVER = Integer.MAX_VALUE;

    private EpsteinScenario scenario;
    /** What the next start() uses; the GUI's Model tab edits it. */
    private EpsteinParameters configured;
    /** The run under way: a copy of {@link #configured} taken at start(); legitimacy and cop density change in it. */
    EpsteinParameters p;

    Lattice lattice;
    Lattice.Disc citizenDisc;
    Lattice.Disc copDisc;
    /** What each cell holds: EMPTY, QUIET, ACTIVE or COP. */
    byte[] cell;
    /** Which citizen or cop (index into its arrays) each cell holds, or -1. */
    int[] occupant;
    /**
     * Cops and active citizens within citizen vision of each cell, the cell itself included, packed in one int as
     * {@code cops << 16 | actives}: rule A reads one array element, and the lattice's counts take half the memory.
     */
    int[] near;
    static final int ONE_COP = 1 << 16;
    static final int ONE_ACTIVE = 1;

    int citizens;
    double[] hardship;
    double[] risk;
    /** A citizen's cell, or -1 while jailed. */
    int[] pos;
    /** Steps of jail left (0 when free, FOREVER for a life term). */
    int[] jail;
    int[] arrestSite;
    int[] jailedList;
    int jailedCount;

    int copCount;
    int[] copPos;

    int activeCount;
    /** P for each (cops, actives) pair in view, so rule A needs no exp(); null when the table would be too large. */
    double[] riskTable;
    int riskStride;

    // Per-run tallies read by the census and the summary.
    int arrestsThisStep;
    long arrests;
    final DecisionTally tally = new DecisionTally();
    Outbursts outbursts;
    EpsteinCensus census;
    private int[] order;

    private EpsteinModel(EpsteinScenario scenario, long seed) {
        super(seed);
        this.scenario = scenario;
        this.configured = scenario.parameters();
    }

    /** The one way to build a model: a validated scenario and a seed. Call {@link #start()} (or {@link #run}) next. */
    public static EpsteinModel create(EpsteinScenario scenario, long seed) {
        return new EpsteinModel(scenario, seed);
    }

    /** Builds, starts and runs a model to the scenario's horizon in one call. */
    public static RunResult run(EpsteinScenario scenario, long seed) {
        EpsteinModel model = create(scenario, seed);
        model.start();
        return model.runToEnd();
    }

    @Override
    public void start() {
        super.start();
        p = configured.copy();
        List<String> wrong = p.problems();
        if (!wrong.isEmpty()) {
            throw new IllegalArgumentException("cannot run these parameters: " + String.join("; ", wrong));
        }
        citizenDisc = new Lattice.Disc(p.getCitizenVision());
        copDisc = new Lattice.Disc(p.getCopVision());
        // Padding for a disc's reach beyond a cell its own reach away: what Lattice.move needs.
        lattice = new Lattice(p.getWidth(), p.getHeight(), 2 * Math.max(citizenDisc.reach, copDisc.reach));
        int cells = lattice.cells;
        cell = new byte[cells];
        occupant = new int[cells];
        java.util.Arrays.fill(occupant, -1);
        near = new int[cells];
        buildRiskTable();
        populate();
        outbursts = new Outbursts(p.getOutburstThreshold());
        census = new EpsteinCensus(this);
        order = new int[citizens + copPos.length];
        schedule.scheduleRepeating(Schedule.EPOCH, 0, new Changes(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, 1, new Activation(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, 2, census, 1.0);
    }

    /** Cops first, then citizens, each on a uniformly random empty cell (NetLogo Rebellion's order). */
    private void populate() {
        int cells = lattice.cells;
        int copsWanted = (int) Math.round(p.getCopDensity() * cells);
        citizens = (int) Math.round(p.getCitizenDensity() * cells);
        int[] free = new int[cells];
        for (int i = 0; i < cells; i++) {
            free[i] = i;
        }
        int next = 0;
        copPos = new int[Math.max(16, copsWanted + scheduledCopCapacity())];
        copCount = 0;
        for (int j = 0; j < copsWanted; j++) {
            placeCop(takeRandom(free, next++));
        }
        hardship = new double[citizens];
        risk = new double[citizens];
        pos = new int[citizens];
        jail = new int[citizens];
        arrestSite = new int[citizens];
        jailedList = new int[citizens];
        jailedCount = 0;
        activeCount = 0;
        for (int i = 0; i < citizens; i++) {
            int c = takeRandom(free, next++);
            hardship[i] = random.nextDouble();
            risk[i] = random.nextDouble();
            pos[i] = c;
            cell[c] = QUIET;
            occupant[c] = i;
        }
    }

    /** Partial Fisher-Yates: a uniformly random cell among free[from..], swapped to position from. */
    private int takeRandom(int[] free, int from) {
        int k = from + random.nextInt(free.length - from);
        int c = free[k];
        free[k] = free[from];
        free[from] = c;
        return c;
    }

    private int scheduledCopCapacity() {
        int most = 0;
        for (ScheduledChange c : scenario.schedule()) {
            if (c.target() == ScheduledChange.Target.COP_DENSITY) {
                most = Math.max(most, (int) Math.round(c.to() * lattice.cells));
            }
        }
        return most;
    }

    private void buildRiskTable() {
        int maxCops = citizenDisc.size;
        int maxActives = citizenDisc.size + 1;
        riskStride = maxActives + 1;
        if ((long) (maxCops + 1) * riskStride > 1_000_000) {
            riskTable = null;
            return;
        }
        riskTable = new double[(maxCops + 1) * riskStride];
        for (int c = 0; c <= maxCops; c++) {
            for (int a = 1; a <= maxActives; a++) {
                riskTable[c * riskStride + a] = arrestProbability(c, a);
            }
        }
    }

    /** P = 1 - exp(-k f(C/A)), f the scenario's {@link ArrestRule}. */
    double arrestProbability(int cops, int actives) {
        return 1.0 - Math.exp(-p.getArrestConstant() * p.arrestRule().ratio(cops, actives));
    }

    void placeCop(int c) {
        if (copCount == copPos.length) {
            copPos = java.util.Arrays.copyOf(copPos, copPos.length * 2);
        }
        copPos[copCount] = c;
        cell[c] = COP;
        occupant[c] = copCount;
        copCount++;
        lattice.add(near, c, citizenDisc, ONE_COP);
    }

    /** Removes cop j, moving the last cop into its slot. */
    void removeCop(int j) {
        int c = copPos[j];
        cell[c] = EMPTY;
        occupant[c] = -1;
        lattice.add(near, c, citizenDisc, -ONE_COP);
        copCount--;
        if (j != copCount) {
            copPos[j] = copPos[copCount];
            occupant[copPos[j]] = j;
        }
    }

    /** Rule A for citizen i: move (rule M), count, decide. */
    private void stepCitizen(int i) {
        int at = pos[i];
        if (p.isMovement()) {
            int to = lattice.randomEmpty(cell, at, citizenDisc, false, random);
            if (to >= 0) {
                byte state = cell[at];
                cell[to] = state;
                occupant[to] = i;
                cell[at] = EMPTY;
                occupant[at] = -1;
                if (state == ACTIVE) {
                    lattice.move(near, at, to, citizenDisc, ONE_ACTIVE);
                }
                pos[i] = to;
                at = to;
            }
        }
        boolean wasActive = cell[at] == ACTIVE;
        int seen = near[at];
        int cops = seen >>> 16;
        int actives = 1 + (seen & 0xFFFF) - (wasActive && !p.isActiveCountsTwice() ? 1 : 0);
        double prob = riskTable != null ? riskTable[cops * riskStride + actives] : arrestProbability(cops, actives);
        double grievance = hardship[i] * (1.0 - p.getLegitimacy());
        boolean active = grievance - risk[i] * prob > p.getThreshold();
        tally.record(cops, active, grievance > p.getThreshold());
        if (active != wasActive) {
            cell[at] = active ? ACTIVE : QUIET;
            lattice.add(near, at, citizenDisc, active ? ONE_ACTIVE : -ONE_ACTIVE);
            activeCount += active ? 1 : -1;
        }
    }

    /** Rule C for cop j: move (rule M), then arrest one random active citizen within vision, if any. */
    private void stepCop(int j) {
        int at = copPos[j];
        int to = lattice.randomEmpty(cell, at, copDisc, false, random);
        if (to >= 0) {
            cell[to] = COP;
            occupant[to] = j;
            cell[at] = EMPTY;
            occupant[at] = -1;
            lattice.move(near, at, to, citizenDisc, ONE_COP);
            copPos[j] = to;
            at = to;
        }
        // With equal visions the per-cell count already says whether there is anyone to arrest.
        int seen = copDisc.radius == citizenDisc.radius ? near[at] & 0xFFFF : lattice.count(cell, ACTIVE, at, copDisc);
        if (seen > 0) {
            int target = lattice.nth(cell, ACTIVE, at, copDisc, random.nextInt(seen));
            arrest(occupant[target]);
        }
    }

    private void arrest(int i) {
        int at = pos[i];
        cell[at] = EMPTY;
        occupant[at] = -1;
        lattice.add(near, at, citizenDisc, -ONE_ACTIVE);
        activeCount--;
        pos[i] = -1;
        arrestSite[i] = at;
        // U(0, J_max) rounded up to whole steps: 1..J_max, each equally likely.
        jail[i] = p.isInfiniteJail() ? FOREVER : 1 + random.nextInt(p.getMaxJailTerm());
        jailedList[jailedCount++] = i;
        arrestsThisStep++;
        arrests++;
    }

    /**
     * Counts every jail term down by one step and releases those that end, quiet, onto a random empty cell within
     * vision of where they were arrested (anywhere if none is free; a term waits a step if the lattice is full).
     */
    private void serveJailTerms() {
        for (int k = jailedCount - 1; k >= 0; k--) {
            int i = jailedList[k];
            if (jail[i] == FOREVER || --jail[i] > 0) {
                continue;
            }
            int to = lattice.randomEmpty(cell, arrestSite[i], citizenDisc, true, random);
            if (to < 0) {
                to = lattice.randomEmptyAnywhere(cell, random);
            }
            if (to < 0) {
                jail[i] = 1;
                continue;
            }
            cell[to] = QUIET;
            occupant[to] = i;
            pos[i] = to;
            jailedList[k] = jailedList[--jailedCount];
        }
    }

    /** Adds or removes cops at random until their number matches the cop density. */
    void matchCopDensity() {
        int wanted = (int) Math.round(p.getCopDensity() * lattice.cells);
        while (copCount > wanted) {
            removeCop(random.nextInt(copCount));
        }
        while (copCount < wanted) {
            int c = lattice.randomEmptyAnywhere(cell, random);
            if (c < 0) {
                return;
            }
            placeCop(c);
        }
    }

    /** Step phase 1: scheduled changes of the parameters, then releases from jail. */
    final class Changes implements Steppable {
        private static final long serialVersionUID = 1L;
        private final double[] from = new double[scenario.schedule().size()];

        @Override
        public void step(SimState state) {
            int step = (int) schedule.getSteps() + 1;
            List<ScheduledChange> changes = scenario.schedule();
            for (int k = 0; k < changes.size(); k++) {
                ScheduledChange c = changes.get(k);
                if (step < c.fromStep() || step > c.toStep()) {
                    continue;
                }
                boolean legitimacy = c.target() == ScheduledChange.Target.LEGITIMACY;
                if (step == c.fromStep()) {
                    from[k] = legitimacy ? p.getLegitimacy() : p.getCopDensity();
                }
                double value = c.valueAt(step, from[k]);
                if (legitimacy) {
                    p.setLegitimacy(value);
                } else {
                    p.setCopDensity(value);
                    matchCopDensity();
                }
                census.scheduled(step, c, value);
            }
            if (copCount != Math.round(p.getCopDensity() * lattice.cells)) {
                matchCopDensity(); // the GUI's Model tab may have moved the slider
            }
            serveJailTerms();
        }
    }

    /** Step phase 2: every free citizen and every cop once, in a fresh uniformly random order. */
    final class Activation implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            arrestsThisStep = 0;
            int n = 0;
            for (int i = 0; i < citizens; i++) {
                if (pos[i] >= 0) {
                    order[n++] = i;
                }
            }
            if (order.length < citizens + copCount) {
                order = java.util.Arrays.copyOf(order, citizens + copPos.length);
            }
            for (int j = 0; j < copCount; j++) {
                order[n++] = citizens + j;
            }
            for (int k = n - 1; k > 0; k--) {
                int r = Lattice.below(random, k + 1);
                int swap = order[k];
                order[k] = order[r];
                order[r] = swap;
            }
            for (int k = 0; k < n; k++) {
                int id = order[k];
                if (id >= citizens) {
                    stepCop(id - citizens);
                } else if (pos[id] >= 0) {
                    stepCitizen(id); // skipped if arrested earlier this step
                }
            }
        }
    }

    /** Runs a started model to its horizon and returns its result; the one headless loop everything uses. */
    public RunResult runToEnd() {
        while (schedule.getSteps() < p.getSteps()) {
            if (!schedule.step(this)) {
                break;
            }
        }
        finish();
        return EpsteinResults.of(this);
    }

    /** The parameters the next {@link #start()} uses; the Model tab edits them. */
    public EpsteinParameters configuredParameters() {
        return configured;
    }

    /** The parameters of the run under way (or the last run). */
    public EpsteinParameters parameters() {
        return p;
    }

    public EpsteinScenario scenario() {
        return scenario;
    }

    /** Switches scenario; takes effect at the next {@link #start()}. */
    public void setScenario(EpsteinScenario next) {
        scenario = next;
        configured = next.parameters();
    }

    public int width() {
        return lattice.width;
    }

    public int height() {
        return lattice.height;
    }

    /** What cell (x, y) holds: 0 empty, 1 quiet citizen, 2 active citizen, 3 cop. */
    public int kindAt(int x, int y) {
        return cell[y * lattice.width + x];
    }

    /**
     * The cell where the {@code k}-th jailed citizen was arrested ({@code y * width + x}), for {@code 0 <= k <}
     * {@link #jailedCount()}: jailed citizens are off the lattice, and the GUI draws them where they were taken.
     */
    public int jailedArrestCell(int k) {
        if (k < 0 || k >= jailedCount) {
            throw new IndexOutOfBoundsException("jailed citizen " + k + " of " + jailedCount);
        }
        return arrestSite[jailedList[k]];
    }

    /**
     * The citizen on cell (x, y) as rule A sees it now, or null when the cell holds none: read-only, for the GUI's
     * inspector. Computes what {@code stepCitizen} would, without drawing a random number or changing anything.
     */
    public CitizenView citizenAt(int x, int y) {
        int at = y * lattice.width + x;
        if (cell[at] != QUIET && cell[at] != ACTIVE) {
            return null;
        }
        int i = occupant[at];
        boolean active = cell[at] == ACTIVE;
        int seen = near[at];
        int cops = seen >>> 16;
        int actives = 1 + (seen & 0xFFFF) - (active && !p.isActiveCountsTwice() ? 1 : 0);
        double prob = arrestProbability(cops, actives);
        double grievance = hardship[i] * (1.0 - p.getLegitimacy());
        return new CitizenView(i, active, hardship[i], risk[i], grievance, prob, risk[i] * prob, p.getThreshold());
    }

    /** Outbursts begun so far in the run under way (0 before a start). */
    public int outburstsStarted() {
        return outbursts == null ? 0 : outbursts.started();
    }

    public int citizenCount() {
        return citizens;
    }

    public int activeCount() {
        return activeCount;
    }

    public int jailedCount() {
        return jailedCount;
    }

    public int quietCount() {
        return citizens - activeCount - jailedCount;
    }

    public int copCount() {
        return copCount;
    }

    /** What the Console's Model tab shows: live controls and counts, not the model's internals. */
    @Override
    public Object propertiesProxy() {
        return new ModelTab(this);
    }

    /** The recorded table so far: one row per step, columns {@link EpsteinCensus#METRICS}. */
    public EpsteinCensus census() {
        return census;
    }
}
