package org.urbanconflict.core.scenario;

import java.util.Map;

/**
 * The Markdown parameter tables of a scenario of any model: every cited value with its source or assumption, as
 * published in {@code docs/odd.md}. Generated from the loaded scenario, so a test can fail when the document drifts
 * from the file.
 */
public final class ParameterTable {
    private ParameterTable() {
    }

    /** Model parameters (scenario file) when {@code mapValues} is false, district map values when true. */
    public static String markdown(Map<String, Citation> citations, boolean mapValues) {
        StringBuilder out = new StringBuilder();
        out.append("| parameter | value | source or assumption |\n|---|---|---|\n");
        for (Map.Entry<String, Citation> e : citations.entrySet()) {
            boolean isMap = e.getKey().startsWith(Citation.MAP_PREFIX);
            if (isMap != mapValues) {
                continue;
            }
            Citation c = e.getValue();
            String pointer = isMap ? e.getKey().substring(Citation.MAP_PREFIX.length()) : e.getKey();
            out.append("| `").append(pointer).append("` | ").append(cell(c.value())).append(" | ")
                    .append(c.isAssumption() ? "*assumption:* " + cell(c.assumption()) : cell(c.source()))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
