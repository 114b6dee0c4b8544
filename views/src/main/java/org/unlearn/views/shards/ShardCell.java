package org.unlearn.views.shards;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;

/**
 * One S×R cell: its row count, tinted when the picked rows would retrain it, crossed out when the last
 * request deleted its checkpoint.
 */
final class ShardCell extends StackPane {
    static final double WIDTH = 46;
    static final double HEIGHT = 22;

    ShardCell(ShardMap map, int shard, int slice) {
        getStyleClass().add("shard-cell");
        setMinSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        int rows = map.counts()[shard][slice];
        int picked = map.picked()[shard][slice];
        Label count = new Label(Integer.toString(rows));
        count.getStyleClass().add("shard-count");
        getChildren().add(count);
        if (map.planned()[shard][slice]) {
            getStyleClass().add("planned");
        }
        if (picked > 0) {
            getStyleClass().add("holds-picked");
        }
        if (map.deleted()[shard][slice]) {
            getStyleClass().add("deleted");
            getChildren().addAll(cross(true), cross(false));
        }
        setId("shard-cell-" + (shard + 1) + "-" + (slice + 1));
        Tooltip.install(this, new Tooltip(describe(map, shard, slice, rows, picked)));
    }

    private Line cross(boolean down) {
        Line line = new Line();
        line.getStyleClass().add("shard-cross");
        line.setManaged(false);
        line.startXProperty().set(3);
        line.endXProperty().bind(widthProperty().subtract(3));
        if (down) {
            line.setStartY(3);
            line.endYProperty().bind(heightProperty().subtract(3));
        } else {
            line.startYProperty().bind(heightProperty().subtract(3));
            line.setEndY(3);
        }
        return line;
    }

    private static String describe(ShardMap map, int shard, int slice, int rows, int picked) {
        StringBuilder out = new StringBuilder(
                "Shard " + (shard + 1) + ", slice " + (slice + 1) + ": " + rows + (rows == 1 ? " row" : " rows"));
        if (picked > 0) {
            out.append(", ").append(picked).append(" of them picked");
        }
        int rebuilt = map.rebuilt()[shard][slice];
        out.append(
                rebuilt == 0
                        ? "\nIts checkpoint is the training's."
                        : "\nIts checkpoint was rebuilt " + rebuilt + (rebuilt == 1 ? " time" : " times")
                                + " by forget requests.");
        if (map.deleted()[shard][slice]) {
            out.append("\nThe last request deleted its checkpoint, which held a forgotten row, and rebuilt it.");
        }
        if (map.planned()[shard][slice]) {
            out.append("\nForgetting the picked rows would retrain it from the checkpoint before.");
        }
        return out.toString();
    }
}
