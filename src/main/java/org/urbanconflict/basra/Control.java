package org.urbanconflict.basra;

/** Who controls a cell. Stored as a byte per cell; {@link #code()} is that byte. */
public enum Control {
    GOVERNMENT, MILITIA, CONTESTED;

    private static final Control[] BY_CODE = values();

    public byte code() {
        return (byte) ordinal();
    }

    public static Control of(byte code) {
        return BY_CODE[code];
    }
}
