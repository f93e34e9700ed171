package org.urbanconflict.epstein.gui;

import java.awt.BorderLayout;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.WindowConstants;
import org.urbanconflict.gui.PictureDialog;
import org.urbanconflict.gui.ScenarioSwitcher;
import org.urbanconflict.gui.WindowLayout;
import sim.display.Display2D;

/**
 * The two windows of Epstein's GUI and their menus: the lattice window (control strip, lattice, legend; Scenario
 * and View menus, the View menu with presentation mode, the baseline pin, the Console and a picture of all windows)
 * and the charts window beside it. Laid out side by side on the main area of the screen.
 */
final class EpsteinWindows {
    private final EpsteinModelWithUI gui;
    private final Display2D display;
    private final JFrame latticeFrame;
    private final JFrame chartFrame = new JFrame("Epstein's model: live charts");
    private final JCheckBoxMenuItem presentation = new JCheckBoxMenuItem("Presentation mode (large text)");

    EpsteinWindows(EpsteinModelWithUI gui, Display2D display, EpsteinLegend legend, EpsteinCharts charts,
            ScenarioSwitcher<?> scenarios) {
        this.gui = gui;
        this.display = display;
        latticeFrame = display.createFrame();
        latticeFrame.setTitle(EpsteinModelWithUI.getName());
        latticeFrame.getContentPane().add(legend, BorderLayout.SOUTH);
        JMenuBar menus = new JMenuBar();
        menus.add(scenarios.menu());
        menus.add(viewMenu());
        latticeFrame.setJMenuBar(menus);
        scenarios.setParent(latticeFrame);
        latticeFrame.setVisible(true);
        chartFrame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        chartFrame.getContentPane().add(charts, BorderLayout.CENTER);
        chartFrame.setVisible(true);
    }

    private JMenu viewMenu() {
        JMenu view = new JMenu("View");
        presentation.addActionListener(e -> gui.setPresentation(presentation.isSelected()));
        view.add(presentation);
        JCheckBoxMenuItem pin = new JCheckBoxMenuItem("Pin this run as the baseline (faint lines)");
        pin.addActionListener(e -> gui.pin(pin.isSelected()));
        view.add(pin);
        JMenuItem console = new JMenuItem("Show the Console (Model tab, inspectors)");
        console.addActionListener(e -> gui.showConsole());
        view.add(console);
        view.add(PictureDialog.menuItem(latticeFrame, "epstein-gui.png", gui::savePicture));
        return view;
    }

    /** Puts the play controls above the lattice. */
    void addControls(JComponent strip) {
        JComponent content = (JComponent) latticeFrame.getContentPane();
        content.add(strip, BorderLayout.NORTH);
        content.revalidate();
    }

    /** The lattice on the left of the main area, as large a square as fits beside the legend; charts on its right. */
    void arrange(WindowLayout.Box main) {
        int extra = latticeFrame.getHeight() - display.display.getHeight();
        int side = Math.min(main.height() - Math.max(0, extra) + 40, main.width() * 58 / 100);
        int width = Math.max(420, Math.min(side, main.width() * 58 / 100));
        latticeFrame.setBounds(main.x(), main.y(), width, main.height());
        chartFrame.setBounds(main.x() + width, main.y(), main.width() - width, main.height());
    }

    void showPresentation(boolean on) {
        presentation.setSelected(on);
    }

    JFrame latticeFrame() {
        return latticeFrame;
    }

    JFrame chartFrame() {
        return chartFrame;
    }

    void dispose() {
        latticeFrame.dispose();
        chartFrame.dispose();
    }
}
