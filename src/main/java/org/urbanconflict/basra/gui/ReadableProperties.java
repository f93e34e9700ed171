package org.urbanconflict.basra.gui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.urbanconflict.core.Ordered;
import org.urbanconflict.gui.RunLabel;
import sim.util.Interval;
import org.urbanconflict.basra.params.KeepsDaysInOrder;
import sim.util.Properties;

/**
 * MASON's properties of an object, made readable for a classroom: names as words ("Stand down compliance" rather
 * than "StandDownCompliance"), for {@link Ordered} objects in the order the object asks for rather than
 * reflection's arbitrary one, and without the properties the object hides ({@code hideX()}). A number typed outside
 * a property's {@code domX()} range is clamped to it: a slider cannot hand over such a value, but the text field
 * beside it can, and a run should not start from a value the scenario loader would have rejected. The beans' own
 * setters do not clamp, because the loader, copies and sweeps call them too. Everything else (values, sliders,
 * tooltips, charting) is MASON's own, delegated.
 */
public final class ReadableProperties extends Properties {
    private static final long serialVersionUID = 1L;

    private final Properties inner;
    private final int[] order;

    public ReadableProperties(Object object) {
        this.inner = Properties.getProperties(object);
        this.object = inner.getObject();
        this.order = order(inner, inner.getObject() instanceof Ordered ordered ? ordered.propertyOrder() : List.of());
    }

    private static int[] order(Properties properties, List<String> wanted) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < properties.numProperties(); i++) {
            if (!properties.isHidden(i)) {
                indices.add(i);
            }
        }
        indices.sort(Comparator.<Integer>comparingInt(i -> rank(wanted, properties.getName(i)))
                .thenComparing(properties::getName));
        return indices.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int rank(List<String> wanted, String name) {
        int at = wanted.indexOf(name);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    /**
     * "RefusalPerMillionHours" becomes "Refusal per million hours" and "GovernmentControlPercent" "Government control
     * (%)"; acronyms and proper nouns stay whole ("IEDs per cell", "National Police"), and a name that already has
     * a space (from a MASON {@code nameFoo()} method) is kept.
     */
    public static String humanize(String name) {
        if (name == null || name.isEmpty() || name.contains(" ")) {
            return name;
        }
        boolean percent = name.endsWith("Percent") && name.length() > "Percent".length();
        String base = percent ? name.substring(0, name.length() - "Percent".length()) : name;
        StringBuilder words = new StringBuilder().append(Character.toUpperCase(base.charAt(0)));
        for (int i = 1; i < base.length(); i++) {
            char c = base.charAt(i);
            boolean wordStart = Character.isUpperCase(c) && Character.isLowerCase(base.charAt(i - 1));
            boolean acronym = i + 1 < base.length() && Character.isUpperCase(base.charAt(i + 1));
            if (wordStart) {
                words.append(' ').append(acronym ? c : Character.toLowerCase(c));
            } else {
                words.append(c);
            }
        }
        String text = words.toString().replace("Ieds", "IEDs").replace(" ieds", " IEDs")
                .replace("National police", "National Police");
        return percent ? text + " (%)" : text;
    }

    @Override
    public boolean isVolatile() {
        return inner.isVolatile();
    }

    @Override
    public int numProperties() {
        return order.length;
    }

    @Override
    public Object getValue(int index) {
        return inner.getValue(order[index]);
    }

    @Override
    public boolean isReadWrite(int index) {
        return inner.isReadWrite(order[index]);
    }

    @Override
    public String getName(int index) {
        return humanize(inner.getName(order[index]));
    }

    /** The name MASON itself uses, for code that looks a property up. */
    public String getRawName(int index) {
        return inner.getName(order[index]);
    }

    @Override
    public Class<?> getType(int index) {
        return inner.getType(order[index]);
    }

    @Override
    public Object getDomain(int index) {
        return inner.getDomain(order[index]);
    }

    /**
     * The property's {@code desX()} text as a tooltip that wraps at {@link #TOOLTIP_WIDTH} pixels: MASON hands the
     * text to Swing as it is, and a long one became a single line wider than a 1366 screen, its start off the edge.
     */
    @Override
    public String getDescription(int index) {
        return wrapped(inner.getDescription(order[index]));
    }

    /**
     * Width at which tooltips wrap, in CSS pixels, which Swing's HTML draws a third larger: about 400 screen pixels,
     * some 60 characters of the default font, well inside a projector's 1366-pixel screen.
     */
    static final int TOOLTIP_WIDTH = 300;

    static String wrapped(String text) {
        if (text == null || text.startsWith("<html>")) {
            return text;
        }
        return "<html><body style='width: " + TOOLTIP_WIDTH + "px'>" + RunLabel.escape(text) + "</body></html>";
    }

    /** Hidden properties are left out altogether, so none of those listed is hidden. */
    @Override
    public boolean isHidden(int index) {
        return false;
    }

    @Override
    protected Object _setValue(int index, Object value) {
        Object set = inner.setValue(order[index], clamp(value, getDomain(index)));
        if (object instanceof KeepsDaysInOrder days) {
            days.orderDays(inner.getName(order[index]));
        }
        return set;
    }

    /** A number outside an {@link Interval} domain, moved to its nearer end; anything else unchanged. */
    static Object clamp(Object value, Object domain) {
        if (!(value instanceof Number number) || !(domain instanceof Interval range)) {
            return value;
        }
        double v = number.doubleValue();
        double min = range.getMin().doubleValue();
        double max = range.getMax().doubleValue();
        if (v >= min && v <= max) {
            return value;
        }
        double clamped = v < min ? min : max;
        if (value instanceof Integer) {
            return (int) clamped;
        }
        if (value instanceof Long) {
            return (long) clamped;
        }
        if (value instanceof Float) {
            return (float) clamped;
        }
        return clamped;
    }
}
