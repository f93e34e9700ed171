package org.urbanconflict.gui;

import java.awt.Component;
import java.awt.Container;
import java.awt.FontMetrics;
import java.awt.Insets;
import java.awt.KeyboardFocusManager;
import java.awt.Point;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import sim.display.Console;

/**
 * The pieces of {@code gui --self-check}: the checks a person at the keyboard would otherwise make by hand, run on
 * the real windows under Xvfb in CI, since the unit tests may not load Swing. Each check prints a line; {@link
 * #exitCode()} is 1 when any failed. Also the means to drive Swing as a user would: clicks and keys sent as events,
 * tabs picked by title, and a search for text a component cuts off.
 */
public final class SelfCheck {
    private final String model;
    private final List<String> failures = new ArrayList<>();

    public SelfCheck(String model) {
        this.model = model;
    }

    /** Records one check: {@code what} is the behaviour wanted, {@code detail} what was seen when it fails. */
    public void that(boolean ok, String what, String detail) {
        System.out.println((ok ? "  ok   " : "  FAIL ") + what + (ok ? "" : ": " + detail));
        if (!ok) {
            failures.add(what + ": " + detail);
        }
    }

    /** 0 when every check passed, else 1 after naming each failure. */
    public int exitCode() {
        if (failures.isEmpty()) {
            System.out.println("GUI self-check of " + model + " passed");
            return 0;
        }
        failures.forEach(f -> System.err.println("GUI self-check of " + model + " failed: " + f));
        return 1;
    }

    /**
     * The Console checks both models share: Play resumes a paused run (the Console opens paused), and File → Open is
     * off, since reading a checkpoint deserialises whatever code a crafted file carries (issue 13, item 16).
     */
    public void consoleBasics(Console console) throws Exception {
        onSwing(() -> {
            int before = console.getPlayState();
            console.pressPlay();
            that(before == Console.PS_PAUSED && console.getPlayState() == Console.PS_PLAYING,
                    "the Console's Play resumes a paused run", "state " + before + " -> " + console.getPlayState());
            console.pressPause();
            List<javax.swing.JMenuItem> open = Consoles.openItems(console);
            List<String> live = open.stream().filter(item -> item.isEnabled() || item.getActionListeners().length > 0)
                    .map(javax.swing.JMenuItem::getText).toList();
            that(!open.isEmpty() && live.isEmpty(), "File > Open (checkpoint loading) is off (issue 13, item 16)",
                    open.isEmpty() ? "no Open item found" : "still live: " + live);
            return null;
        });
    }

    /** Runs {@code work} on the Swing thread and returns its result. */
    public static <T> T onSwing(Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    /** One left click at {@code at} (the component's coordinates), as the mouse sends it. */
    public static void click(Component target, Point at) {
        long now = System.currentTimeMillis();
        for (int id : new int[] {MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED}) {
            target.dispatchEvent(new MouseEvent(target, id, now, id == MouseEvent.MOUSE_RELEASED ? 0
                    : InputEvent.BUTTON1_DOWN_MASK, at.x, at.y, 1, false, MouseEvent.BUTTON1));
        }
    }

    /**
     * Types {@code text} into the field that has the focus, replacing what was selected: each key pressed, typed and
     * released, as a keyboard sends them (MASON's fields note an edit when a key is pressed).
     */
    public static void type(JTextField field, String text) {
        field.selectAll();
        for (char c : text.toCharArray()) {
            int code = KeyEvent.getExtendedKeyCodeForChar(c);
            long now = System.currentTimeMillis();
            field.dispatchEvent(new KeyEvent(field, KeyEvent.KEY_PRESSED, now, 0, code, c));
            field.dispatchEvent(new KeyEvent(field, KeyEvent.KEY_TYPED, now, 0, KeyEvent.VK_UNDEFINED, c));
            field.dispatchEvent(new KeyEvent(field, KeyEvent.KEY_RELEASED, now, 0, code, c));
        }
    }

    /** Presses Enter in {@code field}. */
    public static void enter(JTextField field) {
        field.dispatchEvent(new KeyEvent(field, KeyEvent.KEY_PRESSED, System.currentTimeMillis(), 0,
                KeyEvent.VK_ENTER, '\n'));
    }

    /** Whether the keyboard focus is in {@code field}. */
    public static boolean focused(Component field) {
        return KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner() == field;
    }

    /** Selects the tab titled {@code title}; false when there is none. */
    public static boolean select(JTabbedPane tabs, String title) {
        int index = tabs.indexOfTab(title);
        if (index >= 0) {
            tabs.setSelectedIndex(index);
        }
        return index >= 0;
    }

    /** Every component of {@code type} under {@code root}, the root included, in the order they are laid out. */
    public static <T> List<T> all(Component root, Class<T> type) {
        List<T> found = new ArrayList<>();
        if (type.isInstance(root)) {
            found.add(type.cast(root));
        }
        if (root instanceof Container c) {
            for (Component child : c.getComponents()) {
                found.addAll(all(child, type));
            }
        }
        return found;
    }

    /**
     * What the student cannot read under {@code root} as laid out now: a scroll pane that scrolls sideways, and
     * one-line labels and text fields narrower than their text (a slider's value cut to one digit). Only showing
     * components count; HTML labels wrap, so they are left out.
     */
    public static List<String> cutOff(Component root) {
        List<String> problems = new ArrayList<>();
        for (JScrollPane scroll : all(root, JScrollPane.class)) {
            if (scroll.isShowing() && scroll.getHorizontalScrollBar().isVisible()) {
                problems.add("scrolls sideways (" + scroll.getViewport().getViewSize().width + " px of content in "
                        + scroll.getViewport().getWidth() + " px; widest: " + widest(scroll.getViewport().getView(),
                        scroll.getViewport().getWidth()) + ")");
            }
        }
        for (JLabel label : all(root, JLabel.class)) {
            String text = label.getText();
            if (label.isShowing() && text != null && !text.startsWith("<html>")
                    && needs(label, text, label.getInsets()) > label.getWidth()) {
                problems.add("label \"" + text + "\" is cut off (" + label.getWidth() + " px for "
                        + needs(label, text, label.getInsets()) + ")");
            }
        }
        for (JTextField field : all(root, JTextField.class)) {
            String text = field.getText();
            if (field.isShowing() && text != null && needs(field, text, field.getInsets()) > field.getWidth()) {
                problems.add("field showing \"" + text + "\" is cut off (" + field.getWidth() + " px for "
                        + needs(field, text, field.getInsets()) + ")");
            }
        }
        return problems;
    }

    /** The innermost component that wants more than {@code width} pixels, to say what makes a page scroll. */
    private static String widest(Component root, int width) {
        String found = root.getClass().getSimpleName() + " " + root.getPreferredSize().width + " px";
        if (root instanceof Container c) {
            for (Component child : c.getComponents()) {
                if (child.isVisible() && child.getPreferredSize().width > width - 10) {
                    return widest(child, width);
                }
            }
        }
        return found + (root instanceof JLabel l ? " \"" + l.getText() + "\"" : "");
    }

    private static int needs(Component c, String text, Insets insets) {
        FontMetrics metrics = c.getFontMetrics(c.getFont());
        return metrics.stringWidth(text) + insets.left + insets.right;
    }
}
