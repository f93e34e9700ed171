package org.urbanconflict.basra.gui;

import org.urbanconflict.basra.Control;
import org.urbanconflict.basra.EventKind;
import org.urbanconflict.basra.scenario.Terrain;
import org.urbanconflict.basra.params.UnitType;

/**
 * Every colour the GUI uses, as plain 0xRRGGBB ints so the mapping can be tested headless (this class loads no AWT).
 * Friendly blue, hostile red and an amber for contested blocks follow the military convention students know; the
 * river is a dark slate that cannot be mistaken for government blue, and all three control colours differ in
 * lightness as well as hue, so they stay apart for colour-blind viewers and on washed-out projectors.
 */
public final class Palette {
    /** Codes of the map grid: what a cell shows, in the order of {@link #MAP_COLOURS}. */
    public static final int GOVERNMENT = 0;
    public static final int MILITIA = 1;
    public static final int CONTESTED = 2;
    public static final int OPEN = 3;
    public static final int HIGHWAY = 4;
    public static final int RIVER = 5;
    public static final int BRIDGE = 6;

    /** Fill colour for each map code. */
    public static final int[] MAP_COLOURS = {
        0x7DB3E8, // government: light blue
        0xD9574A, // militia: brick red
        0xF2C14E, // contested: amber
        0xECE6D6, // open ground: pale sand
        0x6E6E6E, // Highway 6: asphalt grey
        0x2F4F6F, // Shatt al-Arab: dark slate
        0xB08D57, // the bridge: timber brown
    };

    public static final int DISTRICT_BORDER = 0x3A3A3A;
    public static final int LABEL_TEXT = 0xFFFFFF;
    public static final int LABEL_HALO = 0x1A1A1A;
    public static final int BACKDROP = 0xF7F5EF;
    public static final int PANEL = 0xFFFFFF;
    public static final int INK = 0x202020;
    public static final int MUTED_INK = 0x5A5A5A;

    public static final int UNIT_FILL = 0x173F8A;
    public static final int POLICE_FILL = 0x3D6FC4;
    public static final int UNIT_OUTLINE = 0xFFFFFF;
    public static final int REFUSING_FILL = 0x9A9A9A;
    public static final int MILITIA_FILL = 0x4A0808;
    public static final int MILITIA_OUTLINE = 0xFFE3B3;
    public static final int SELECTION = 0xFFEB3B;

    public static final int AIR_STRIKE = 0xFF7A00;
    public static final int ARTILLERY = 0xFFD23F;

    public static final int GOVERNMENT_LINE = 0x1F5FAF;
    public static final int MILITIA_LINE = 0xC0392B;
    public static final int CIVILIAN_LINE = 0x6C5B7B;
    /** Residents away from home: a muted teal, apart from the three sides' colours. */
    public static final int DISPLACED_LINE = 0x2A9D8F;
    public static final int REFUSAL_LINE = 0xE67E22;
    public static final int DESERTION_LINE = 0x8E6E53;
    public static final int DEFECTION_LINE = 0x8E1B1B;
    public static final int PRESSURE_LINE = 0x5B3E96;
    public static final int THRESHOLD_LINE = 0x2E7D32;

    private Palette() {
    }

    /** What a cell shows: its control if it is built up, else its terrain. */
    public static int mapCode(Terrain terrain, Control control) {
        return switch (terrain) {
            case URBAN -> switch (control) {
                case GOVERNMENT -> GOVERNMENT;
                case MILITIA -> MILITIA;
                case CONTESTED -> CONTESTED;
            };
            case OPEN -> OPEN;
            case HIGHWAY -> HIGHWAY;
            case RIVER -> RIVER;
            case BRIDGE -> BRIDGE;
        };
    }

    public static int control(Control control) {
        return MAP_COLOURS[mapCode(Terrain.URBAN, control)];
    }

    /** Unit symbols: police lighter than the army, so the garrison reads as a background to the assault. */
    public static int unitFill(UnitType type, boolean refusing) {
        if (refusing) {
            return REFUSING_FILL;
        }
        return type == UnitType.LOCAL_POLICE ? POLICE_FILL : UNIT_FILL;
    }

    /** Colour of a phase badge on the clock: red while fighting, amber during the ultimatum, then purple, green. */
    public static int phase(String phase) {
        return switch (phase) {
            case "ultimatum" -> 0x9C5B0B;
            case "mediation" -> 0x6A4C93;
            case "ceasefire" -> 0x2E7D32;
            case "clearance" -> GOVERNMENT_LINE;
            default -> 0xA93226;
        };
    }

    /** Colour of an event's tag in the event log; dark enough for white text (WCAG AA, 4.5:1). */
    public static int event(EventKind kind) {
        return switch (kind) {
            case OFFENSIVE, DISTRICT_TAKEN, REINFORCEMENT, ADVISERS, CLEARANCE -> GOVERNMENT_LINE;
            case REFUSAL, DEFECTION, DISMISSAL -> 0xB35309;
            case FIRST_STRIKE -> 0xC2410C;
            case SABOTAGE -> MILITIA_LINE;
            case ULTIMATUM -> phase("ultimatum");
            case MEDIATION -> phase("mediation");
            case CEASEFIRE -> phase("ceasefire");
        };
    }

    /** Relative luminance (WCAG) of a colour, 0 for black to 1 for white. */
    public static double luminance(int rgb) {
        return 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
    }

    /** WCAG contrast ratio of two colours, from 1 (identical) to 21 (black on white). */
    public static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double linear(int channel) {
        double c = (channel & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
