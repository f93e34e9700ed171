package org.urbanconflict.basra;

import org.urbanconflict.core.RunResult;
import org.urbanconflict.basra.scenario.Scenario;
import org.urbanconflict.basra.params.ScenarioParameters;
import sim.engine.RandomSequence;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.util.Proxiable;

/**
 * The Basra model as a MASON {@link SimState}: one step is one hour. {@link #create} is the single construction path
 * used by the command line, the batch runner, the GUI and the tests. Each hour runs, in this order: census, politics,
 * timeline, the April clearance, government units, militia cells (both as {@link RandomSequence}s, shuffled by
 * {@code random}), census, engagements, coalition strikes, civilians, control, metrics. All randomness comes from the
 * seed: {@code random} shuffles the agents, and each submodel draws from its own generator seeded from the seed
 * ({@link RandomStreams}).
 */
public final class ConflictModel extends SimState implements Proxiable {
    private static final long serialVersionUID = 1L;

    private Scenario scenario;
    /**
     * What the next start() will use when edited: a private copy made the first time the GUI's Model tab asks for it,
     * or null while the scenario's own parameters are used unchanged (every headless run).
     */
    private ScenarioParameters configured;
    /**
     * What the current run uses, never edited mid-run: the scenario's shared parameters, or a copy of {@link
     * #configured} taken at start(). Sharing saves two deep copies per run (Jackson round trips), which were about 4%
     * of a run's time and much of the code a cold batch has to compile.
     */
    private ScenarioParameters parameters;
    private BattleClock clock;
    private Territory territory;
    private OffensivePlanner planner;
    private ForceLedger ledger;
    private EventLog events;
    private RandomDraws draws;
    private RandomStreams streams;
    private GovernmentUnit[] units;
    private MilitiaCell[] militia;
    private int[] militiaCellsPerDistrict;
    private CivilianPopulation civilians;
    private CoalitionFireSupport fireSupport;
    private PoliticalProcess politics;
    private Clearance clearance;
    private TerritoryStep territoryStep;
    private MetricsRecorder recorder;
    private boolean advisersEmbedded;
    private Interactions interactions;

    private ConflictModel(Scenario scenario, long seed) {
        super(seed);
        this.scenario = scenario;
        this.parameters = scenario.sharedParameters();
    }

    /** The one way to build a model: a validated scenario and a seed. Call {@link #start()} (or run) next. */
    public static ConflictModel create(Scenario scenario, long seed) {
        return new ConflictModel(scenario, seed);
    }

    @Override
    public void start() {
        super.start();
        parameters = configured == null ? scenario.sharedParameters()
                : org.urbanconflict.basra.scenario.ParameterCopier.copy(configured);
        clock = new BattleClock(parameters.getTime());
        territory = new Territory(scenario.map());
        planner = new OffensivePlanner(scenario.map(), parameters.getGovernment().getObjectives(),
                parameters.getGovernment().getStagingDistricts());
        ledger = new ForceLedger();
        events = new EventLog();
        draws = new RandomDraws(random);
        streams = new RandomStreams(seed());
        advisersEmbedded = false;
        interactions = new Interactions(this);
        ForceBuilder builder = new ForceBuilder(this);
        units = builder.government(parameters.getGovernment());
        militia = builder.militia(parameters.getMilitia());
        militiaCellsPerDistrict = new int[scenario.map().districts().size()];
        for (MilitiaCell m : militia) {
            militiaCellsPerDistrict[m.getHomeDistrict()]++;
            ledger.militiaStart(m.getFighters());
        }
        civilians = new CivilianPopulation(scenario.map(), parameters.getCivilians());
        scenario.map().districts().forEach(d -> ledger.civilianStart(d.population()));
        fireSupport = new CoalitionFireSupport(parameters.getFireSupport().getAir(),
                parameters.getFireSupport().getArtillery(), this);
        politics = new PoliticalProcess(this);
        clearance = new Clearance(this);
        Timeline timeline = new Timeline(this);
        timeline.commitInitialForces();
        territoryStep = new TerritoryStep(this);
        Census.rebuild(this);
        territoryStep.settle();
        recorder = new MetricsRecorder(this, Metrics.HOURLY);
        int order = 0;
        schedule.scheduleRepeating(Schedule.EPOCH, order++, new Census(true), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, order++, politics, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, order++, timeline, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, order++, clearance, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, order++, new RandomSequence(units), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, order++, new RandomSequence(militia), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, order++, new Census(false), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, order++, new Engagements(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, order++, fireSupport, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, order++, civilians, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, order++, territoryStep, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, order, recorder, 1.0);
    }

    /** Runs a started model to the horizon and returns its result; the one headless loop everything uses. */
    public RunResult runToEnd() {
        while (schedule.getSteps() < clock.horizonHours()) {
            if (!schedule.step(this)) {
                break;
            }
        }
        finish();
        return RunResults.of(this);
    }

    /** Builds, starts and runs a model in one call. */
    public static RunResult run(Scenario scenario, long seed) {
        ConflictModel model = create(scenario, seed);
        model.start();
        return model.runToEnd();
    }

    /** The current model hour: 0 during the first step. */
    public int hour() {
        double t = schedule.getTime();
        return t < Schedule.EPOCH ? 0 : (int) t;
    }

    /**
     * The parameters the next {@link #start()} will use. Editing them (as the GUI's Model tab does) changes nothing
     * in a run under way: MASON's convention is that model parameters take effect on the next restart.
     */
    public ScenarioParameters configuredParameters() {
        if (configured == null) {
            configured = scenario.parameters();
        }
        return configured;
    }

    /**
     * What MASON's Model tab inspects instead of this class: live figures and the what-if settings grouped by topic
     * ({@link ModelProperties}). Built on demand and never stored, so checkpoints are unaffected.
     */
    @Override
    public Object propertiesProxy() {
        return new ModelProperties(this);
    }

    /** Switches to another scenario (the GUI's scenario picker); takes effect at the next {@link #start()}. */
    public void setScenario(Scenario next) {
        this.scenario = next;
        this.configured = null;
    }

    /** Called by the political process at the hour a ceasefire is agreed: snapshot control, stand the militia down. */
    public void declareCeasefire() {
        territoryStep.snapshotAtCeasefire();
        int obeyed = 0;
        for (MilitiaCell m : militia) {
            if (m.hearStandDown(this)) {
                obeyed++;
            }
        }
        events.record(hour(), EventKind.CEASEFIRE, null, "ceasefire: Sadr orders fighters off the streets; "
                + obeyed + " of " + militia.length + " militia cells comply");
    }

    /**
     * Whether assault units advance this hour: before the ceasefire, after it only while raids continue, and again
     * once the April clearance is under way.
     */
    public boolean offensiveActive() {
        if (politics.ceasefireHour() < 0 || clearance.underWay()) {
            return true;
        }
        return parameters.getGovernment().isRaidsAfterCeasefire()
                && hour() < clock.hourOf(parameters.getGovernment().getRaidsHaltDay());
    }

    /** The phase the clock shows: the April clearance once it has resumed, else the political phase at that hour. */
    public String phase(int hour) {
        int start = clearance.startHour();
        return start >= 0 && hour >= start ? "clearance" : politics.phase(hour);
    }

    public double handInRate(boolean stoodDown) {
        return politics.handInRate(parameters.getUltimatum(), hour(), stoodDown);
    }

    void embedAdvisers() {
        advisersEmbedded = true;
    }

    public boolean advisersEmbedded() {
        return advisersEmbedded;
    }

    public boolean objectiveTakenThisHour() {
        return territoryStep.objectiveTakenLastHour();
    }

    public int militiaCellsIn(int district) {
        return militiaCellsPerDistrict[district];
    }

    public double densityOf(int cell) {
        int d = territory.map().districtOf(cell);
        return d < 0 ? 0.0 : territory.map().districts().get(d).density();
    }

    public String placeName(int cell) {
        int d = territory.map().districtOf(cell);
        return d < 0 ? "open ground" : territory.map().districts().get(d).name();
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The parameters of the run under way (or of the last run). */
    public ScenarioParameters parameters() {
        return parameters;
    }

    public BattleClock clock() {
        return clock;
    }

    public Territory territory() {
        return territory;
    }

    public OffensivePlanner planner() {
        return planner;
    }

    public ForceLedger ledger() {
        return ledger;
    }

    public EventLog events() {
        return events;
    }

    /** Draws from the model's own generator, which otherwise only shuffles the agents each hour. */
    public RandomDraws draws() {
        return draws;
    }

    /** Draws of one submodel, from its own generator (common random numbers across what-ifs). */
    public RandomDraws draws(RandomStream stream) {
        return streams.of(stream);
    }

    public GovernmentUnit[] units() {
        return units;
    }

    public MilitiaCell[] militiaCells() {
        return militia;
    }

    public CivilianPopulation civilians() {
        return civilians;
    }

    /** The April 2008 phase: the clearance, fire on request, dismissals (inactive in the March baseline). */
    public Clearance clearance() {
        return clearance;
    }

    public CoalitionFireSupport fireSupport() {
        return fireSupport;
    }

    public PoliticalProcess politics() {
        return politics;
    }

    /**
     * Whether the ceasefire's calm holds this hour: from the ceasefire until the April clearance resumes. While it
     * holds, the government opens no fight, assault units enter only blocks with no militia, and a queued strike
     * lands only where contact remains (31 March). The clearance of 12 April is a deliberate offensive ordered against
     * the districts the militia still holds, so once it is under way those rules no longer apply; in the March
     * scenarios the clearance never starts and the calm lasts from the ceasefire to the end.
     */
    public boolean ceasefireCalm() {
        return politics.ceasefireHour() >= 0 && !clearance.underWay();
    }

    public TerritoryStep territoryState() {
        return territoryStep;
    }

    public Interactions interactions() {
        return interactions;
    }

    public MetricsRecorder recorder() {
        return recorder;
    }
}
