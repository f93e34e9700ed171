package org.urbanconflict.batch.calibration;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.urbanconflict.batch.Numbers;
import org.urbanconflict.batch.RunFiles;

/**
 * The calibration's tidy CSV files: {@code population-<g>.csv} per generation and {@code posterior.csv} (both
 * {@code particle,weight,<parameter columns>,distance}, weights summing to 1), and {@code generations.csv} (one row per
 * generation: tolerance, proposals looked at, accepted, acceptance rate, effective sample size, whether it completed,
 * and each parameter's weighted mean and standard deviation). Numbers have 8 significant digits; an infinite
 * tolerance (generation 0, the prior) is written {@code inf}, which pandas reads as infinity.
 */
final class CalibrationFiles {
    private CalibrationFiles() {
    }

    static void writePopulation(Path file, Prior prior, Population p) throws IOException {
        StringBuilder b = new StringBuilder("particle,weight");
        prior.bounds().forEach(bound -> b.append(',').append(bound.column()));
        b.append(",distance\n");
        for (int i = 0; i < p.size(); i++) {
            b.append(i).append(',').append(Numbers.format(p.weights()[i]));
            for (double v : p.particles()[i]) {
                b.append(',').append(Numbers.format(v));
            }
            b.append(',').append(Numbers.format(p.distances()[i])).append('\n');
        }
        RunFiles.atomically(file, out -> out.write(b.toString()));
    }

    static void writeGenerations(Path file, Prior prior, List<AbcSmc.Generation> generations) throws IOException {
        StringBuilder b = new StringBuilder("generation,tolerance,proposals,accepted,acceptance_rate,ess,complete");
        prior.bounds().forEach(bound -> b.append(',').append(bound.column()).append("_mean,")
                .append(bound.column()).append("_sd"));
        b.append('\n');
        for (AbcSmc.Generation g : generations) {
            b.append(g.index()).append(',').append(number(g.tolerance())).append(',').append(g.proposals())
                    .append(',').append(g.accepted()).append(',').append(Numbers.format(g.acceptanceRate()))
                    .append(',').append(g.complete() ? Numbers.format(g.population().ess()) : "")
                    .append(',').append(g.complete());
            for (int d = 0; d < prior.dimension(); d++) {
                b.append(',').append(g.complete() ? Numbers.format(g.population().mean(d)) : "")
                        .append(',').append(g.complete() ? Numbers.format(g.population().sd(d)) : "");
            }
            b.append('\n');
        }
        RunFiles.atomically(file, out -> out.write(b.toString()));
    }

    static String number(double v) {
        return Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf") : Numbers.format(v);
    }
}
