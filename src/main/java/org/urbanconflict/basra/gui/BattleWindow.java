package org.urbanconflict.basra.gui;

import org.urbanconflict.gui.PictureDialog;
import org.urbanconflict.gui.RunLabel;
import org.urbanconflict.gui.ScenarioSwitcher;
import org.urbanconflict.gui.WindowLayout;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import javax.swing.BorderFactory;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.WindowConstants;

/**
 * The battle window: the map display with the event log under it on the left, the live charts on the right, and a
 * menu bar for the scenario picker, presentation mode and a picture of the whole GUI. MASON's Console, beside it,
 * keeps the play controls, the Model tab and the inspectors.
 */
final class BattleWindow extends JFrame {
    private static final long serialVersionUID = 1L;

    private final ConflictModelWithUI gui;
    private final BattleMap map;
    private final JSplitPane columns;
    private final JSplitPane left;
    private final JCheckBoxMenuItem presentation = new JCheckBoxMenuItem("Presentation mode (large text)");
    private final JCheckBoxMenuItem pin = new JCheckBoxMenuItem("Pin this run as the baseline (faint lines)");
    private final JLabel ghostCaption = new JLabel(" ");
    private final LiveCharts charts;

    BattleWindow(ConflictModelWithUI gui, BattleMap map, LiveCharts charts, EventLogPanel log,
            ScenarioSwitcher<?> scenarios) {
        super(ConflictModelWithUI.getName());
        this.gui = gui;
        this.map = map;
        this.charts = charts;
        setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        left = new JSplitPane(JSplitPane.VERTICAL_SPLIT, map.display(), log);
        left.setResizeWeight(1.0);
        left.setBorder(null);
        JPanel chartColumn = new JPanel(new BorderLayout());
        chartColumn.setBackground(Color.WHITE);
        chartColumn.add(charts, BorderLayout.CENTER);
        ghostCaption.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
        ghostCaption.setToolTipText("The charts keep the run before (or the pinned baseline) as faint lines, so a"
                + " what-if can be compared with it: change a setting, press Reset, then Run");
        chartColumn.add(ghostCaption, BorderLayout.NORTH);
        chartColumn.setMinimumSize(new Dimension(200, 200));
        columns = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, chartColumn);
        columns.setResizeWeight(1.0);
        columns.setBorder(null);
        getContentPane().add(columns, BorderLayout.CENTER);
        setJMenuBar(menus(scenarios));
        scenarios.setParent(this);
    }

    private JMenuBar menus(ScenarioSwitcher<?> scenarios) {
        JMenuBar bar = new JMenuBar();
        bar.add(scenarios.menu());
        JMenu view = new JMenu("View");
        presentation.addActionListener(e -> gui.setPresentation(presentation.isSelected()));
        view.add(presentation);
        pin.addActionListener(e -> {
            charts.pin(pin.isSelected());
            showGhostCaption();
        });
        view.add(pin);
        JMenuItem console = new JMenuItem("Show the Console (Model tab, inspectors)");
        console.addActionListener(e -> gui.showConsole());
        view.add(console);
        JMenuItem fit = new JMenuItem("Fit the map to the window");
        fit.addActionListener(e -> map.fitToWindow());
        view.add(fit);
        view.add(PictureDialog.menuItem(this, "basra-gui.png", gui::savePicture));
        bar.add(view);
        return bar;
    }

    /**
     * Sizes the window and its columns for the screen: the charts column as the layout says, the map as tall as its
     * width allows, and the event log the rest (at least the layout's minimum).
     */
    void arrange(WindowLayout layout) {
        WindowLayout.Box box = layout.main();
        setBounds(box.x(), box.y(), box.width(), box.height());
        validate();
        int leftWidth = box.width() - layout.chartsWidth();
        columns.setDividerLocation(leftWidth);
        int header = map.display().header.getPreferredSize().height;
        int mapHeight = (int) Math.round(leftWidth / map.aspectRatio()) + header + 8;
        int available = getContentPane().getHeight();
        left.setDividerLocation(Math.max(200, Math.min(mapHeight, available - layout.eventsHeight())));
    }

    /** Puts the play controls at the top of the window, above the map and the charts. */
    void addControls(JComponent strip) {
        getContentPane().add(strip, BorderLayout.NORTH);
        validate();
    }

    /** Says which run the faint lines on the charts show. */
    void showGhostCaption() {
        String caption = charts.ghostCaption();
        ghostCaption.setText(caption == null ? "Faint lines: the run before, once there is one"
                : RunLabel.caption(caption));
    }

    /** Ticks the View menu's pin, as a click on it would. */
    void pinBaseline() {
        if (!pin.isSelected()) {
            pin.doClick();
        }
    }

    void showPresentation(boolean on) {
        presentation.setSelected(on);
    }

    @Override
    public void dispose() {
        map.display().quit();
        super.dispose();
    }
}
