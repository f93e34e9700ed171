package org.urbanconflict.gui;

import java.awt.Component;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javax.swing.JFileChooser;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;

/** The View menu's "Save a picture of all windows…": asks where, adds ".png" if missing, and says if it failed. */
public final class PictureDialog {
    private PictureDialog() {
    }

    /** The menu item; {@code suggested} is the file name offered, {@code picture} saves it. */
    public static JMenuItem menuItem(Component parent, String suggested, GuiSession.Picture picture) {
        JMenuItem item = new JMenuItem("Save a picture of all windows\u2026");
        item.addActionListener(e -> save(parent, suggested, picture));
        return item;
    }

    private static void save(Component parent, String suggested, GuiSession.Picture picture) {
        JFileChooser chooser = new JFileChooser();
        chooser.setSelectedFile(new File(suggested));
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = chooser.getSelectedFile().toPath();
        try {
            picture.save(file.getFileName().toString().endsWith(".png") ? file
                    : file.resolveSibling(file.getFileName() + ".png"));
        } catch (IOException e) {
            JOptionPane.showMessageDialog(parent, "Could not save " + file + ": " + e.getMessage(), "Picture not saved",
                    JOptionPane.ERROR_MESSAGE);
        }
    }
}
