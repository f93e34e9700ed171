package org.urbanconflict.gui;

import java.awt.Component;
import java.awt.Dimension;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
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
import org.urbanconflict.core.scenario.ScenarioProblem;
import org.urbanconflict.core.scenario.ScenarioValidationException;

/**
 * The scenario picker: the shipped scenarios and what-ifs by name, plus any other file. A file is loaded and
 * validated exactly as {@code urbanconflict run} does it; if it has problems, a dialog lists each one (file, line,
 * what was found, what is allowed) and the current scenario stays. The lists are rebuilt each time they open, so a
 * what-if a student has just saved shows up at once. One switcher serves every model: it is given the model's loader
 * (which validates and throws {@link ScenarioValidationException}) and the name of its variants subfolder.
 *
 * @param <S> the model's scenario type
 */
public final class ScenarioSwitcher<S> {
    private final Path folder;
    private final String variants;
    private final Function<Path, S> loader;
    private final Consumer<S> onLoaded;
    private Component parent;

    /**
     * @param folder   the scenarios folder offered first
     * @param variants its subfolder of variants, offered after a separator ({@code what-if} for Basra)
     * @param loader   loads and validates a file, throwing {@link ScenarioValidationException} on problems
     * @param onLoaded receives a scenario that loaded cleanly
     */
    public ScenarioSwitcher(Path folder, String variants, Function<Path, S> loader, Consumer<S> onLoaded) {
        this.folder = folder;
        this.variants = variants;
        this.loader = loader;
        this.onLoaded = onLoaded;
    }

    /** The window dialogs appear over. */
    public void setParent(Component parent) {
        this.parent = parent;
    }

    /** A "Scenario" menu for a window's menu bar, listing the scenarios afresh each time it opens. */
    public JMenu menu() {
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

    public JPopupMenu popup() {
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
        for (ScenarioCatalog.Entry entry : ScenarioCatalog.list(folder, variants)) {
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
            onLoaded.accept(loader.apply(file));
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
