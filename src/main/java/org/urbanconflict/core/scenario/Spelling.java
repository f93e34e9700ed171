package org.urbanconflict.core.scenario;

import java.util.Collection;
import java.util.Optional;

/** Finds the allowed name closest to a misspelt one, so that error messages can ask "did you mean ...?". */
public final class Spelling {
    private Spelling() {
    }

    /**
     * The candidate with the smallest edit distance to {@code typed}, if it is close enough to be a plausible typo:
     * at most a third of the word's length, and at least 2 edits are always tolerated. Ignores case.
     */
    static Optional<String> closest(String typed, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(typed.toLowerCase(java.util.Locale.ROOT),
                    candidate.toLowerCase(java.util.Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int tolerated = Math.max(2, typed.length() / 3);
        return best != null && bestDistance > 0 && bestDistance <= tolerated ? Optional.of(best) : Optional.empty();
    }

    /** "; did you mean 'x'?" or "", ready to append to a message. */
    public static String suggestion(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(name -> "; did you mean '" + name + "'?").orElse("");
    }

    /** Levenshtein distance (insertions, deletions and substitutions each cost 1). */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
