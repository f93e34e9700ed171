package org.urbanconflict.basra.gui;

import org.urbanconflict.gui.Style;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.urbanconflict.basra.GovernmentUnit;
import org.urbanconflict.basra.MilitiaCell;
import org.urbanconflict.basra.Posture;
import org.urbanconflict.basra.params.UnitType;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;

/**
 * How a unit or a militia cell looks on the map. Government units sit in the upper left of their block and militia
 * cells in the lower right, so both sides stay visible where they fight over the same block. Each unit type has its
 * own shape (police square, army circle, new army ring, National Police triangle, special forces star), a unit that
 * refuses to fight turns grey, and a militia cell is a dark diamond, hollow once it has stood down.
 */
final class AgentSymbol extends SimplePortrayal2D {
    private static final double MIN_PIXELS = 7.0;
    /** How far the second, third and fourth agent of a side on one block move, in blocks. */
    static final double STACK_SHIFT = 0.45;
    /**
     * Where a symbol sits from its block's centre, in blocks (up and left for units, down and right for militia
     * cells), so a unit and a cell on one block both show.
     */
    static final double UNIT_OFFSET = -0.18;
    static final double CELL_OFFSET = 0.2;

    private final MapState state;
    private Style style = Style.NORMAL;

    AgentSymbol(MapState state) {
        this.state = state;
    }

    void setStyle(Style style) {
        this.style = style;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Shape shape = shape(object, info, state.stackIndex(object));
        if (shape == null) {
            return;
        }
        RenderingHints old = Drawing.smooth(g);
        double cell = Math.min(info.draw.width, info.draw.height);
        float outline = (float) Math.max(1.0, cell * 0.07 * style.outlineWidth());
        if (info.selected) {
            g.setColor(Drawing.colour(Palette.SELECTION));
            g.setStroke(new BasicStroke(outline * 3f));
            g.draw(shape);
        }
        boolean hollow = hollow(object);
        g.setColor(Drawing.colour(fill(object)));
        if (hollow) {
            g.setStroke(new BasicStroke(outline * 2.2f));
            g.draw(shape);
        } else {
            g.fill(shape);
        }
        g.setColor(Drawing.colour(object instanceof MilitiaCell ? Palette.MILITIA_OUTLINE : Palette.UNIT_OUTLINE));
        g.setStroke(new BasicStroke(outline));
        if (!hollow) {
            g.draw(shape);
        }
        g.setRenderingHints(old);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        Shape shape = shape(object, range, state.stackIndex(object));
        return shape != null && shape.intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
    }

    @Override
    public boolean setSelected(LocationWrapper wrapper, boolean selected) {
        return true;
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState gui) {
        Object bean = wrapper == null ? null : Inspectors.beanFor(wrapper.getObject(), state);
        return bean == null ? null : Inspectors.of(bean, gui);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        Object bean = wrapper == null ? null : Inspectors.beanFor(wrapper.getObject(), state);
        return bean == null ? "" : bean.toString();
    }

    private static boolean hollow(Object object) {
        if (object instanceof MilitiaCell m) {
            return m.getPosture() == Posture.STOOD_DOWN;
        }
        return object instanceof GovernmentUnit u && u.getType() == UnitType.NEW_ARMY && !u.isRefusing();
    }

    private static int fill(Object object) {
        if (object instanceof MilitiaCell) {
            return Palette.MILITIA_FILL;
        }
        GovernmentUnit u = (GovernmentUnit) object;
        return Palette.unitFill(u.getType(), u.isRefusing());
    }

    /**
     * The symbol's outline in screen space, or null for an object this portrayal does not draw. The {@code stack}-th
     * agent of a side on one block is moved along by {@link #STACK_SHIFT} of a block per place (government units to
     * the right, militia cells to the left), so two units on one block show as two symbols.
     */
    static Shape shape(Object object, DrawInfo2D info, int stack) {
        double cell = Math.min(info.draw.width, info.draw.height);
        double shift = Math.max(MIN_PIXELS * 0.8, cell * STACK_SHIFT) * Math.min(stack, 3);
        if (object instanceof MilitiaCell) {
            return diamond(info.draw.x + cell * CELL_OFFSET - shift, info.draw.y + cell * CELL_OFFSET,
                    size(cell, 0.72));
        }
        if (!(object instanceof GovernmentUnit unit)) {
            return null;
        }
        double x = info.draw.x + cell * UNIT_OFFSET + shift;
        double y = info.draw.y + cell * UNIT_OFFSET;
        return switch (unit.getType()) {
            case LOCAL_POLICE -> square(x, y, size(cell, 0.5));
            case ARMY -> circle(x, y, size(cell, 0.66));
            case NEW_ARMY -> circle(x, y, size(cell, 0.56));
            case NATIONAL_POLICE -> triangle(x, y, size(cell, 0.78));
            case SPECIAL_FORCES -> star(x, y, size(cell, 0.86));
        };
    }

    private static double size(double cell, double share) {
        return Math.max(MIN_PIXELS * share / 0.66, cell * share);
    }

    static Shape square(double x, double y, double s) {
        return new Rectangle2D.Double(x - s / 2, y - s / 2, s, s);
    }

    static Shape circle(double x, double y, double s) {
        return new Ellipse2D.Double(x - s / 2, y - s / 2, s, s);
    }

    static Shape triangle(double x, double y, double s) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y - s / 2);
        p.lineTo(x + s / 2, y + s * 0.4);
        p.lineTo(x - s / 2, y + s * 0.4);
        p.closePath();
        return p;
    }

    static Shape diamond(double x, double y, double s) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y - s / 2);
        p.lineTo(x + s / 2, y);
        p.lineTo(x, y + s / 2);
        p.lineTo(x - s / 2, y);
        p.closePath();
        return p;
    }

    static Shape star(double x, double y, double s) {
        return spikes(x, y, s, 5, -Math.PI / 2);
    }

    /**
     * A star of {@code points} points, {@code size} across, its first point at angle {@code start}: the special
     * forces' symbol (five, pointing up) and an air strike's burst (eight).
     */
    static Shape spikes(double x, double y, double size, int points, double start) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < points * 2; i++) {
            double r = (i % 2 == 0 ? 0.5 : 0.22) * size;
            double a = start + i * Math.PI / points;
            if (i == 0) {
                p.moveTo(x + r * Math.cos(a), y + r * Math.sin(a));
            } else {
                p.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
            }
        }
        p.closePath();
        return p;
    }
}
