package org.urbanconflict.gui;

import java.awt.Component;
import java.awt.Dimension;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;
import javax.swing.event.PopupMenuEvent;
import javax.swing.event.PopupMenuListener;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.urbanconflict.scenario.Scenario;
import org.urbanconflict.scenario.ScenarioLoader;
import org.urbanconflict.scenario.ScenarioProblem;
import org.urbanconflict.scenario.ScenarioValidationException;

/**
 * The scenario picker: the shipped scenarios and what-ifs by name, plus any other file. A file is loaded and
 * validated exactly as {@code urbanconflict run} does it; if it has problems, a dialog lists each one (file, line,
 * what was found, what is allowed) and the current scenario stays. The lists are rebuilt each time they open, so a
 * what-if a student has just saved shows up at once.
 */
final class ScenarioSwitcher {
    private final Path folder;
    private final Consumer<Scenario> onLoaded;
    private Component parent;

    ScenarioSwitcher(Path folder, Consumer<Scenario> onLoaded) {
        this.folder = folder;
        this.onLoaded = onLoaded;
    }

    /** The window dialogs appear over. */
    void setParent(Component parent) {
        this.parent = parent;
    }

    JMenu menu() {
        JMenu menu = new JMenu("Scenario");
        menu.addMenuListener(new MenuListener() {
            @Override
            public void menuSelected(MenuEvent e) {
                menu.removeAll();
                fill(menu.getPopupMenu());
            }

            @Override
            public void menuDeselected(MenuEvent e) {
            }

            @Override
            public void menuCanceled(MenuEvent e) {
            }
        });
        return menu;
    }

    JPopupMenu popup() {
        JPopupMenu popup = new JPopupMenu();
        popup.addPopupMenuListener(new PopupMenuListener() {
            @Override
            public void popupMenuWillBecomeVisible(PopupMenuEvent e) {
                popup.removeAll();
                fill(popup);
            }

            @Override
            public void popupMenuWillBecomeInvisible(PopupMenuEvent e) {
            }

            @Override
            public void popupMenuCanceled(PopupMenuEvent e) {
            }
        });
        return popup;
    }

    private void fill(JPopupMenu menu) {
        boolean whatIfs = false;
        for (ScenarioCatalog.Entry entry : ScenarioCatalog.list(folder)) {
            if (entry.whatIf() && !whatIfs) {
                menu.addSeparator();
                whatIfs = true;
            }
            JMenuItem item = new JMenuItem(entry.name());
            item.setToolTipText(entry.file().toString());
            item.addActionListener(e -> open(entry.file()));
            menu.add(item);
        }
        menu.addSeparator();
        JMenuItem other = new JMenuItem("Open a scenario file\u2026");
        other.addActionListener(e -> choose());
        menu.add(other);
    }

    private void choose() {
        JFileChooser chooser = new JFileChooser(folder.toFile());
        chooser.setFileFilter(new FileNameExtensionFilter("Scenario files (*.json)", "json"));
        if (chooser.showOpenDialog(parent) == JFileChooser.APPROVE_OPTION) {
            open(chooser.getSelectedFile().toPath());
        }
    }

    /** Loads and validates a file; on success hands the scenario over, else shows every problem. */
    void open(Path file) {
        try {
            onLoaded.accept(ScenarioLoader.load(file));
        } catch (ScenarioValidationException e) {
            StringBuilder text = new StringBuilder();
            for (ScenarioProblem problem : e.problems()) {
                text.append(problem.message()).append("\n\n");
            }
            JTextArea area = new JTextArea(text.toString().trim());
            area.setEditable(false);
            area.setLineWrap(true);
            area.setWrapStyleWord(true);
            JScrollPane scroll = new JScrollPane(area);
            scroll.setPreferredSize(new Dimension(640, 280));
            JOptionPane.showMessageDialog(parent, scroll, file.getFileName() + ": " + e.problems().size()
                    + " problem(s); the current scenario stays loaded", JOptionPane.ERROR_MESSAGE);
        } catch (RuntimeException e) {
            JOptionPane.showMessageDialog(parent, "Could not load " + file + ":\n" + e.getMessage(),
                    "Scenario not loaded", JOptionPane.ERROR_MESSAGE);
        }
    }
}
