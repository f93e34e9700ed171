package org.urbanconflict.gui;

/**
 * A piece of text the GUI drew and the CI checker measures on the saved picture: what it is, its words, the box its
 * glyphs fill in screen pixels, the colour of its ink, and the box it must stay inside (its map, panel or chart), so
 * the checker can test its cap height and that nothing is cut off. Plain ints, no AWT.
 *
 * @param kind    what the text is: "district", "legend", "clock", "run", "title", "dateTicks", "valueTicks"
 * @param upright the text runs bottom to top (a tall district's name), so its height is measured across
 */
public record TextMark(String kind, String text, int x, int y, int width, int height, int ink, int[] within,
        boolean upright) {

    /** The same mark moved by (dx, dy), e.g. from a component's coordinates to the screen's. */
    public TextMark moved(int dx, int dy) {
        int[] box = within == null ? null : new int[] {within[0] + dx, within[1] + dy, within[2], within[3]};
        return new TextMark(kind, text, x + dx, y + dy, width, height, ink, box, upright);
    }
}
