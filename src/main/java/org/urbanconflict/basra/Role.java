package org.urbanconflict.basra;

/** What a government unit does: hold its station, or advance on the objectives. */
public enum Role {
    GARRISON, ASSAULT;

    public static Role fromJson(String name) {
        return switch (name) {
            case "garrison" -> GARRISON;
            case "assault" -> ASSAULT;
            default -> throw new IllegalArgumentException("unknown role '" + name + "'; allowed: garrison, assault");
        };
    }
}
