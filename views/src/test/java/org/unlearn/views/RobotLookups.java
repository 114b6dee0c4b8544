package org.unlearn.views;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.unlearn.model.data.ColumnRole;
import org.unlearn.views.data.ColumnSummary;

/** How the robot tests find what a user would look for: a table row by what it says, a list item by its text. */
public final class RobotLookups {
    private RobotLookups() {}

    /** The row of a table (by its CSS selector, "#row-table") one of whose cells, found by {@code cells}, reads {@code text}. */
    public static Node tableRowWith(FxRobot robot, String table, String cells, String text) {
        return robot.lookup(table)
                .lookup(".table-row-cell")
                .match(r -> !robot.from(r)
                        .lookup(cells)
                        .match(c -> c instanceof Labeled l && text.equals(l.getText()))
                        .queryAll()
                        .isEmpty())
                .query();
    }

    /** The item of the open drop-down list that reads {@code text}, to click on. */
    public static Node popupItem(FxRobot robot, String text) {
        return robot.lookup(".combo-box-popup .list-cell")
                .match(LabeledMatchers.hasText(text))
                .queryAs(Node.class);
    }

    /** The role picker of a column in the data view's columns table, scrolled into view. */
    @SuppressWarnings("unchecked")
    public static ComboBox<ColumnRole> rolePickerOf(FxRobot robot, String column) {
        TableView<ColumnSummary> table = robot.lookup("#columns-table").queryTableView();
        int index = table.getItems().stream().map(ColumnSummary::name).toList().indexOf(column);
        robot.interact(() -> table.scrollTo(index));
        return robot.from(tableRowWith(robot, "#columns-table", ".table-cell", column))
                .lookup(".role-picker")
                .queryAs(ComboBox.class);
    }
}
