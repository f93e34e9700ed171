package org.urbanconflict.basra.params;

/**
 * Every tunable number of a scenario, grouped by section. This one object is both what Jackson loads from the
 * scenario file (after citations are stripped) and the bean that MASON's Model tab inspects; the model copies it at
 * construction, so editing it affects only the next run.
 */
public final class ScenarioParameters implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private TimeParameters time;
    private GovernmentParameters government;
    private MilitiaParameters militia;
    private CivilianParameters civilians;
    private FireSupportParameters fireSupport;
    private UltimatumParameters ultimatum;
    private MediationParameters mediation;
    private CombatParameters combat;
    private OutcomeParameters outcome;
    private ClearanceParameters clearance;

    /** Start date, start hour and horizon. */
    public TimeParameters getTime() {
        return time;
    }

    public void setTime(TimeParameters value) {
        this.time = value;
    }

    public String desTime() {
        return "Start date, start hour and horizon.";
    }

    /** Iraqi army and police: forces by type, advance, hazards, morale, reinforcements. */
    public GovernmentParameters getGovernment() {
        return government;
    }

    public void setGovernment(GovernmentParameters value) {
        this.government = value;
    }

    public String desGovernment() {
        return "Iraqi army and police: forces by type, advance, hazards, morale, reinforcements.";
    }

    /** Mahdi Army cells: strength, postures, recruitment, stand-down compliance. */
    public MilitiaParameters getMilitia() {
        return militia;
    }

    public void setMilitia(MilitiaParameters value) {
        this.militia = value;
    }

    public String desMilitia() {
        return "Mahdi Army cells: strength, postures, recruitment, stand-down compliance.";
    }

    /** Civilian displacement, crossfire harm and sympathy. */
    public CivilianParameters getCivilians() {
        return civilians;
    }

    public void setCivilians(CivilianParameters value) {
        this.civilians = value;
    }

    public String desCivilians() {
        return "Civilian displacement, crossfire harm and sympathy.";
    }

    /** Coalition air strikes and artillery. */
    public FireSupportParameters getFireSupport() {
        return fireSupport;
    }

    public void setFireSupport(FireSupportParameters value) {
        this.fireSupport = value;
    }

    public String desFireSupport() {
        return "Coalition air strikes and artillery.";
    }

    /** The 72-hour weapons ultimatum and its extension. */
    public UltimatumParameters getUltimatum() {
        return ultimatum;
    }

    public void setUltimatum(UltimatumParameters value) {
        this.ultimatum = value;
    }

    public String desUltimatum() {
        return "The 72-hour weapons ultimatum and its extension.";
    }

    /** Outside mediation, political pressure and the ceasefire rule. */
    public MediationParameters getMediation() {
        return mediation;
    }

    public void setMediation(MediationParameters value) {
        this.mediation = value;
    }

    public String desMediation() {
        return "Outside mediation, political pressure and the ceasefire rule.";
    }

    /** Engagement, attrition and control of cells. */
    public CombatParameters getCombat() {
        return combat;
    }

    public void setCombat(CombatParameters value) {
        this.combat = value;
    }

    public String desCombat() {
        return "Engagement, attrition and control of cells.";
    }

    /** Thresholds that classify the end state of a run. */
    public OutcomeParameters getOutcome() {
        return outcome;
    }

    public void setOutcome(OutcomeParameters value) {
        this.outcome = value;
    }

    public String desOutcome() {
        return "Thresholds that classify the end state of a run.";
    }

    /** The April 2008 phase: the deliberate clearance, fire on request, dismissals. */
    public ClearanceParameters getClearance() {
        return clearance;
    }

    public void setClearance(ClearanceParameters value) {
        this.clearance = value;
    }

    public String desClearance() {
        return "The April 2008 phase: the deliberate clearance, fire on request, dismissals.";
    }
}
