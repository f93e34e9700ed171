package org.urbanconflict.basra.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListCellRenderer;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.UIManager;

/**
 * The scrolling list of dated events under the map: each row a time, a coloured tag and what happened. Selecting an
 * event with an agent behind it (a unit that refused or defected) inspects that agent and picks it out on the map.
 * Swing-thread only; {@link EventLogModel} decides what the rows say.
 */
final class EventLogPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final DefaultListModel<EventLogModel.Row> rows = new DefaultListModel<>();
    /**
     * Rows as wide as the panel, never wider: a long event ends in "..." (its whole text is the row's tooltip and the
     * inspector's) instead of running under the window's right edge, where a projector cuts it mid-word.
     */
    private final JList<EventLogModel.Row> list = new JList<>(rows) {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }
    };
    private final EventCollapser collapser = new EventCollapser();
    private final JLabel title = new JLabel("Events (select one to inspect the unit concerned)");

    EventLogPanel(Consumer<EventLogModel.Row> onSelect) {
        super(new BorderLayout());
        title.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        add(title, BorderLayout.NORTH);
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new RowRenderer());
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && list.getSelectedValue() != null) {
                onSelect.accept(list.getSelectedValue());
            }
        });
        JScrollPane scroll = new JScrollPane(list);
        scroll.setBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, new Color(0xCCCCCC)));
        add(scroll, BorderLayout.CENTER);
        setMinimumSize(new Dimension(100, 60));
    }

    void clear() {
        rows.clear();
        collapser.reset();
    }

    /**
     * Adds new events at the bottom and scrolls to the latest; a repeat by the same unit updates its line instead
     * ({@link EventCollapser}).
     */
    void append(List<EventLogModel.Row> added) {
        if (added.isEmpty()) {
            return;
        }
        EventCollapser.Change change = collapser.add(added);
        change.replaced().forEach(rows::set);
        for (EventLogModel.Row row : change.appended()) {
            rows.addElement(row);
        }
        list.ensureIndexIsVisible(rows.size() - 1);
    }

    /** Re-reads fonts after presentation mode changes them. */
    void restyle() {
        title.setFont(UIManager.getFont("Label.font").deriveFont(Font.BOLD));
        list.setFixedCellHeight(-1);
        list.revalidate();
    }

    /** A row: the time in grey, the tag as a coloured pill, then the text. */
    private static final class RowRenderer extends JPanel implements ListCellRenderer<EventLogModel.Row> {
        private static final long serialVersionUID = 1L;
        private final JLabel when = new JLabel();
        private final JLabel tag = new JLabel();
        private final JLabel text = new JLabel();

        RowRenderer() {
            super(new BorderLayout(8, 0));
            setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
            JPanel left = new JPanel(new BorderLayout(8, 0));
            left.setOpaque(false);
            left.add(when, BorderLayout.WEST);
            left.add(tag, BorderLayout.EAST);
            tag.setOpaque(true);
            tag.setForeground(Color.WHITE);
            tag.setHorizontalAlignment(SwingConstants.CENTER);
            tag.setBorder(BorderFactory.createEmptyBorder(1, 6, 1, 6));
            add(left, BorderLayout.WEST);
            add(text, BorderLayout.CENTER);
        }

        @Override
        public Component getListCellRendererComponent(JList<? extends EventLogModel.Row> owner,
                EventLogModel.Row row, int index, boolean selected, boolean focused) {
            Font font = owner.getFont();
            when.setFont(font);
            when.setForeground(selected ? owner.getSelectionForeground() : new Color(Palette.MUTED_INK));
            when.setText(row.when());
            int whenWidth = owner.getFontMetrics(font).stringWidth("Wed 30 Mar 00:00") + 4;
            when.setPreferredSize(new Dimension(whenWidth, when.getPreferredSize().height));
            tag.setFont(font.deriveFont(Font.BOLD, font.getSize2D() * 0.9f));
            tag.setText(row.tag());
            tag.setBackground(new Color(Palette.event(row.kind())));
            int tagWidth = owner.getFontMetrics(tag.getFont()).stringWidth("Reinforcements") + 14;
            tag.setPreferredSize(new Dimension(tagWidth, tag.getPreferredSize().height));
            text.setFont(font);
            text.setForeground(selected ? owner.getSelectionForeground() : owner.getForeground());
            String words = row.fullText();
            text.setText(words);
            text.setToolTipText(words);
            setBackground(selected ? owner.getSelectionBackground() : index % 2 == 0 ? owner.getBackground()
                    : new Color(0xF4F4F4));
            return this;
        }
    }
}
