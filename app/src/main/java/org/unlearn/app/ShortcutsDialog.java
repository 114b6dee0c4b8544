package org.unlearn.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.unlearn.views.common.Styles;

/**
 * Help ▸ Keyboard shortcuts: every menu command that has one, read from the menu bar itself (so the list
 * can never disagree with the menus), then the keys the views understand on their own.
 */
final class ShortcutsDialog {
    /** Keys handled inside the views rather than by menu commands. */
    private static final List<Shortcut> IN_VIEWS = List.of(
            new Shortcut("Start screen", "Open the focused sample card", "Enter / Space"),
            new Shortcut("Start screen", "Move between the cards and buttons", "Tab / Shift+Tab"),
            new Shortcut("Forget view picture", "Add to the pick / toggle a row", "Shift+click / Ctrl+click"),
            new Shortcut("Forget view picture", "Clear the pick", "Esc"),
            new Shortcut("Forget view", "Pick the typed row ids", "Enter"),
            new Shortcut("Window", "Open a data file", "drop it on the window"));

    private ShortcutsDialog() {}

    /** One shortcut: where it acts, what it does, and the keys. */
    record Shortcut(String where, String action, String keys) {}

    /** The menu commands with an accelerator, menu by menu, as "Model ▸ Train" and "Ctrl+T". */
    static List<Shortcut> fromMenus(MenuBar bar) {
        List<Shortcut> list = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu.getText().replace("_", ""), menu.getItems(), list);
        }
        return list;
    }

    private static void collect(String where, List<MenuItem> items, List<Shortcut> list) {
        for (MenuItem item : items) {
            if (item instanceof Menu sub) {
                collect(where + " ▸ " + sub.getText(), sub.getItems(), list);
            } else if (item.getAccelerator() != null) {
                list.add(new Shortcut(
                        where, item.getText(), item.getAccelerator().getDisplayText()));
            }
        }
    }

    static void show(Window owner, MenuBar bar) {
        GridPane grid = new GridPane();
        grid.setId("shortcuts-table");
        grid.setHgap(18);
        grid.setVgap(4);
        int row = 0;
        for (Shortcut s : fromMenus(bar)) {
            addRow(grid, row++, s);
        }
        for (Shortcut s : IN_VIEWS) {
            addRow(grid, row++, s);
        }
        Alert dialog = new Alert(Alert.AlertType.INFORMATION);
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        dialog.setGraphic(null);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(460, row * 26.0));
        scroll.getStyleClass().add("shortcuts-scroll");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setId("shortcuts-dialog");
        Styles.apply(dialog.getDialogPane());
        dialog.setResizable(true);
        dialog.show();
    }

    private static void addRow(GridPane grid, int row, Shortcut s) {
        Label keys = new Label(s.keys());
        keys.getStyleClass().add("shortcut-keys");
        Label action = new Label(s.action());
        Label where = new Label(s.where());
        where.getStyleClass().add("shortcut-where");
        grid.addRow(row, keys, action, where);
    }
}
