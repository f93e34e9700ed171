package org.urbanconflict.epstein;

import org.urbanconflict.core.MetricSet;

/**
 * The end-of-run metrics of Epstein's model, declared once with their units and meanings: runs.csv's columns, the
 * names validation targets may use, and the batch summaries all read {@link #METRICS}. Each reads a {@link Finished}
 * run, which holds the columns every metric would otherwise extract again.
 */
final class EpsteinSummary {
    /** A finished run: its model, its census and the columns and counts the metrics read. */
    record Finished(EpsteinModel model, EpsteinCensus census, double[] active, double[] jailed, int last,
            Outbursts outbursts, int changeStep) {

        static Finished of(EpsteinModel model) {
            EpsteinCensus census = model.census();
            int changeStep = model.scenario().schedule().stream().mapToInt(ScheduledChange::fromStep).min()
                    .orElse(-1);
            return new Finished(model, census, census.column("active"), census.column("jailed"), census.rows() - 1,
                    model.outbursts, changeStep);
        }

        boolean changed() {
            return changeStep >= 1 && changeStep <= last;
        }
    }

    static final MetricSet<Finished> METRICS = MetricSet.<Finished>builder()
            .add("steps", "steps", "Steps run", f -> f.last())
            .add("citizens", "citizens", "Citizens on the lattice", f -> f.model().citizens)
            .add("cops_start", "cops", "Cops at the start", f -> f.census().value(0, EpsteinCensus.COPS))
            .add("active_final", "citizens", "Active citizens at the end", f -> f.active()[f.last()])
            .add("quiet_final", "citizens", "Quiet citizens at the end", f -> f.census().value(f.last(),
                    EpsteinCensus.QUIET))
            .add("jailed_final", "citizens", "Jailed citizens at the end", f -> f.jailed()[f.last()])
            .add("cops_final", "cops", "Cops at the end", f -> f.census().value(f.last(), EpsteinCensus.COPS))
            .add("active_mean", "citizens", "Mean active citizens over steps 1 to the end",
                    f -> EpsteinResults.mean(f.active(), 1, f.last() + 1))
            .add("active_max", "citizens", "Most citizens active at once", f -> EpsteinResults.max(f.active(), 0,
                    f.last() + 1))
            .add("jailed_mean", "citizens", "Mean jailed citizens over steps 1 to the end",
                    f -> EpsteinResults.mean(f.jailed(), 1, f.last() + 1))
            .add("jailed_max", "citizens", "Most citizens in jail at once", f -> EpsteinResults.max(f.jailed(), 0,
                    f.last() + 1))
            .add("arrests", "arrests", "Arrests over the run", f -> f.model().arrests)
            .add("outbursts", "outbursts", "Outbursts started (active citizens above the outburst threshold)",
                    f -> f.outbursts().started())
            .add("outbursts_finished", "outbursts", "Outbursts that ended before the run did",
                    f -> f.outbursts().finished())
            .add("first_outburst_step", "step", "Step the first outburst started (missing without one)",
                    f -> f.outbursts().firstStart() < 0 ? Double.NaN : f.outbursts().firstStart())
            .add("wait_mean", "steps", "Mean wait between the end of one outburst and the start of the next",
                    f -> EpsteinResults.mean(f.outbursts().waits(), 0, f.outbursts().waits().length))
            .add("wait_sd", "steps", "Standard deviation of those waits", f -> EpsteinResults.sd(
                    f.outbursts().waits()))
            .add("activation_mean", "citizen-steps", "Mean total activation of a finished outburst (active"
                    + " citizens summed over its steps)", f -> EpsteinResults.mean(f.outbursts().activations(), 0,
                            f.outbursts().finished()))
            .add("activation_sd", "citizen-steps", "Standard deviation of total activation per outburst",
                    f -> EpsteinResults.sd(f.outbursts().activations()))
            .add("duration_mean", "steps", "Mean length of a finished outburst",
                    f -> EpsteinResults.mean(f.outbursts().durations(), 0, f.outbursts().finished()))
            .add("share_in_outburst", "share", "Share of steps spent in an outburst",
                    f -> f.last() == 0 ? 0.0 : (double) f.outbursts().stepsUnder() / f.last())
            .add("active_max_before_change", "citizens", "Most citizens active before the first scheduled change"
                    + " (missing without one)", f -> f.changed() ? EpsteinResults.max(f.active(), 0, f.changeStep())
                            : Double.NaN)
            .add("active_max_after_change", "citizens", "Most citizens active from the first scheduled change on"
                    + " (missing without one)", f -> f.changed() ? EpsteinResults.max(f.active(), f.changeStep(),
                            f.last() + 1) : Double.NaN)
            .add("cops_seen_active", "cops", "Mean cops in view of citizens who chose to be active",
                    f -> DecisionTally.mean(f.model().tally.activeCops, f.model().tally.activeDecisions))
            .add("cops_seen_quiet", "cops", "Mean cops in view of citizens who chose to be quiet",
                    f -> DecisionTally.mean(f.model().tally.quietCops, f.model().tally.quietDecisions))
            .add("cops_seen_deterred", "cops", "Mean cops in view when a citizen with a grievance above the"
                    + " threshold was deterred", f -> DecisionTally.mean(f.model().tally.deterredCops,
                            f.model().tally.deterredDecisions))
            .add("active_alone_share", "share", "Share of active decisions taken with no cop in view", f -> DecisionTally.mean(f.model().tally.activeAlone, f.model().tally.activeDecisions))
            .build();

    private EpsteinSummary() {
    }
}
