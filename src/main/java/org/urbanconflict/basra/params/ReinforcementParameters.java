package org.urbanconflict.basra.params;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.urbanconflict.core.Ordered;
import sim.util.Interval;

/**
 * Government reinforcements that arrive spread over a window of days.
 */
public final class ReinforcementParameters implements java.io.Serializable, Ordered, KeepsDaysInOrder {
    private static final long serialVersionUID = 1L;

    private int personnel;
    private String type;
    private double firstDay;
    private double lastDay;

    /** Personnel added over the window. */
    public int getPersonnel() {
        return personnel;
    }

    public void setPersonnel(int value) {
        this.personnel = value;
    }

    public String desPersonnel() {
        return "Personnel arriving as reinforcements, spread over the window (about 6,600 by early April 2008).";
    }

    public Object domPersonnel() {
        return new Interval(0L, 20000L);
    }

    /** Unit type of the reinforcements (localPolice, army, newArmy, nationalPolice, specialForces). */
    public String getType() {
        return type;
    }

    public void setType(String value) {
        this.type = value;
    }

    /** The Model tab offers {@link #getUnitType()}, a menu, instead of a text field for a name. */
    public boolean hideType() {
        return true;
    }

    public String desType() {
        return "Unit type of the reinforcements (localPolice, army, newArmy, nationalPolice, specialForces).";
    }

    /** Battle day the first reinforcements arrive. */
    public double getFirstDay() {
        return firstDay;
    }

    /**
     * Moving the first day past the last moves the last day too, so a window typed in the GUI stays in order. A
     * valid scenario has firstDay &lt;= lastDay, so Jackson, setting the two in either order, ends with the file's
     * values.
     */
    public void setFirstDay(double value) {
        this.firstDay = value;
    }

    public String desFirstDay() {
        return "Battle day the first reinforcements arrive (2 April is day 9); not after the last day.";
    }

    public Object domFirstDay() {
        return new Interval(1.0, 60.0);
    }

    /** Battle day the last reinforcements arrive. */
    public double getLastDay() {
        return lastDay;
    }

    public void setLastDay(double value) {
        this.lastDay = value;
    }

    public String desLastDay() {
        return "Battle day the last reinforcements arrive (4 April is day 11).";
    }

    public Object domLastDay() {
        return new Interval(1.0, 60.0);
    }

    /** The type as an index into {@link UnitType#values()}: the Model tab's menu over {@link #getType()}. */
    @JsonIgnore
    public int getUnitType() {
        return UnitType.fromJsonName(type).ordinal();
    }

    @JsonIgnore
    public void setUnitType(int value) {
        UnitType[] types = UnitType.values();
        this.type = types[Math.max(0, Math.min(types.length - 1, value))].jsonName();
    }

    /** A String[] domain: MASON draws a pop-up menu and passes the chosen index. */
    public Object domUnitType() {
        return java.util.Arrays.stream(UnitType.values()).map(UnitType::label).toArray(String[]::new);
    }

    public String desUnitType() {
        return "What kind of units the reinforcements are; they behave like that type on its Government sub-tab.";
    }

    @Override
    public List<String> propertyOrder() {
        return List.of("Personnel", "UnitType", "FirstDay", "LastDay");
    }

    /** Moving one day past the other moves the other with it, so the window stays in order. */
    @Override
    public void orderDays(String changedProperty) {
        if (firstDay > lastDay) {
            if (changedProperty.equals("LastDay")) {
                firstDay = lastDay;
            } else {
                lastDay = firstDay;
            }
        }
    }
}
