package org.urbanconflict.gui;

import java.util.IdentityHashMap;
import java.util.Map;
import sim.util.Properties;

/**
 * Every value a parameter bean shows in the Model tab, nested beans included, as one string: two beans with the same
 * fingerprint configure the same run. The GUIs compare the configured parameters with the scenario file's to say
 * "modified" on the map. Reads MASON's bean properties, the ones the Model tab edits; headless.
 */
public final class Fingerprint {
    private static final int DEPTH = 6;

    private Fingerprint() {
    }

    public static String of(Object bean) {
        StringBuilder out = new StringBuilder();
        append(out, "", bean, 0, new IdentityHashMap<>());
        return out.toString();
    }

    private static void append(StringBuilder out, String path, Object bean, int depth, Map<Object, Boolean> seen) {
        if (bean == null || depth > DEPTH || seen.put(bean, Boolean.TRUE) != null) {
            return;
        }
        Properties properties = Properties.getProperties(bean);
        for (int i = 0; i < properties.numProperties(); i++) {
            String name = path + "/" + properties.getName(i);
            Object value = properties.getValue(i);
            if (properties.isComposite(i)) {
                append(out, name, value, depth + 1, seen);
            } else {
                out.append(name).append('=').append(value).append('\n');
            }
        }
    }
}
