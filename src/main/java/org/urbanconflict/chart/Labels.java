package org.urbanconflict.chart;

import java.awt.FontMetrics;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Text on charts: numbers written the same way everywhere (locale-independent), and long text fitted to a width. */
public final class Labels {
    private static final MathContext THREE_DIGITS = new MathContext(3);

    private Labels() {
    }

    /** A number for a label: three significant digits, plain notation, no trailing zeros; NaN as an en dash. */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "\u2013" : (value > 0 ? "\u221E" : "-\u221E");
        }
        if (value == 0) {
            return "0";
        }
        if (Math.abs(value) >= 1000) {
            return String.format(Locale.ROOT, "%,d", Math.round(value));
        }
        return new BigDecimal(value).round(THREE_DIGITS).stripTrailingZeros().toPlainString();
    }

    /** A probability as a whole percentage, e.g. "42%"; NaN as an en dash. */
    public static String percent(double p) {
        return Double.isFinite(p) ? Math.round(p * 100) + "%" : "\u2013";
    }

    /** The text cut to at most {@code maxChars} characters, ending in an ellipsis when cut. */
    public static String truncate(String text, int maxChars) {
        if (text == null) {
            return "";
        }
        if (text.length() <= maxChars) {
            return text;
        }
        return text.substring(0, Math.max(0, maxChars - 1)).stripTrailing() + "\u2026";
    }

    /**
     * The text broken at spaces into lines no wider than {@code maxWidth} pixels, at most {@code maxLines} of them;
     * the last line is shortened with an ellipsis if the text does not fit.
     */
    static List<String> wrap(String text, FontMetrics fm, int maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        String[] words = (text == null ? "" : text.trim()).split("\\s+");
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < words.length && lines.size() < maxLines) {
            String candidate = line.length() == 0 ? words[i] : line + " " + words[i];
            if (fm.stringWidth(candidate) <= maxWidth || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
                i++;
            } else {
                lines.add(line.toString());
                line.setLength(0);
            }
        }
        if (lines.size() < maxLines && line.length() > 0) {
            lines.add(line.toString());
            line.setLength(0);
        }
        boolean cut = i < words.length || line.length() > 0;
        if (!lines.isEmpty()) {
            int last = lines.size() - 1;
            String s = lines.get(last);
            if (cut || fm.stringWidth(s) > maxWidth) {
                lines.set(last, fit(s, fm, maxWidth, cut));
            }
        }
        return lines;
    }

    /** The text shortened with an ellipsis until it is no wider than maxWidth (or forced to end in one). */
    static String fit(String s, FontMetrics fm, int maxWidth, boolean forceEllipsis) {
        if (!forceEllipsis && fm.stringWidth(s) <= maxWidth) {
            return s;
        }
        String base = s;
        while (!base.isEmpty() && fm.stringWidth(base + "\u2026") > maxWidth) {
            base = base.substring(0, base.length() - 1);
        }
        return base.stripTrailing() + "\u2026";
    }
}
