package org.urbanconflict.core.scenario;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Reads and sets one number (or true/false switch, as 1 or 0) of a parameter bean by the JSON Pointer of its place
 * in the scenario file, for models whose beans mirror their files (Jackson binds the file's sections to nested beans
 * with the same names): the pointer {@code /militia/fighters} is {@code getMilitia().getFighters()}, and
 * {@code /mediation/enabled} is {@code getMediation().isEnabled()}. Reflection costs about a microsecond per segment,
 * which sweeps pay once per point, never per run.
 */
public final class BeanPointer {
    private BeanPointer() {
    }

    /** The number at {@code pointer}, or NaN when the pointer names no numeric bean property. */
    public static double get(Object bean, String pointer) {
        Leaf leaf = leaf(bean, pointer);
        if (leaf == null) {
            return Double.NaN;
        }
        try {
            Object value = leaf.getter.invoke(leaf.owner);
            return value instanceof Boolean b ? (b ? 1 : 0) : ((Number) value).doubleValue();
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + pointer, e);
        }
    }

    /** Whether {@code pointer} names a numeric bean property that can be set. */
    public static boolean isNumeric(Object bean, String pointer) {
        return leaf(bean, pointer) != null;
    }

    /**
     * Sets the number at {@code pointer}, rounded for a whole-number property.
     *
     * @throws IllegalArgumentException if the pointer names no numeric bean property
     */
    public static void set(Object bean, String pointer, double value) {
        Leaf leaf = leaf(bean, pointer);
        if (leaf == null) {
            throw new IllegalArgumentException(pointer + " is not a numeric parameter");
        }
        Class<?> type = leaf.getter.getReturnType();
        Object boxed = type == boolean.class ? (Object) (value != 0)
                : type == int.class ? (Object) (int) Math.round(value)
                : type == long.class ? (Object) Math.round(value) : (Object) value;
        try {
            leaf.owner.getClass().getMethod(setterName(leaf.getter), type).invoke(leaf.owner, boxed);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot set " + pointer, e);
        }
    }

    private record Leaf(Object owner, Method getter) {
    }

    private static Leaf leaf(Object bean, String pointer) {
        if (bean == null || !pointer.startsWith("/") || pointer.length() < 2) {
            return null;
        }
        String[] segments = pointer.substring(1).split("/", -1);
        Object owner = bean;
        for (int i = 0; i < segments.length; i++) {
            Method getter = getter(owner.getClass(), segments[i]);
            if (getter == null) {
                return null;
            }
            if (i == segments.length - 1) {
                Class<?> type = getter.getReturnType();
                return type == int.class || type == long.class || type == double.class || type == boolean.class
                        ? new Leaf(owner, getter) : null;
            }
            try {
                owner = getter.invoke(owner);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + pointer, e);
            }
            if (owner == null) {
                return null;
            }
        }
        return null;
    }

    private static Method getter(Class<?> type, String property) {
        if (property.isEmpty()) {
            return null;
        }
        String name = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        try {
            return type.getMethod("get" + name);
        } catch (NoSuchMethodException e) {
            try {
                Method is = type.getMethod("is" + name);
                return is.getReturnType() == boolean.class ? is : null;
            } catch (NoSuchMethodException none) {
                return null;
            }
        }
    }

    private static String setterName(Method getter) {
        return "set" + getter.getName().substring(getter.getName().startsWith("is") ? 2 : 3);
    }
}
