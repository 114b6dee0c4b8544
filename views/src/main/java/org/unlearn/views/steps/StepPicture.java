package org.unlearn.views.steps;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.unlearn.model.forget.Step;
import org.unlearn.views.common.Figures;

/**
 * Draws a step's facts where they happen: the shards × slices grid with its marked cells, the strip of
 * replayed iterations, a complete tree's levels or a forest's walked paths, and the step's figures.
 */
final class StepPicture extends VBox {
    /** Paths drawn for a forest, one per tree; the others are counted. */
    private static final int TREES_DRAWN = 8;
    /** Nodes per level drawn for a complete tree before the level is summarised. */
    private static final int LEVEL_DRAWN = 64;

    StepPicture() {
        super(8);
        setId("step-picture");
        getStyleClass().add("step-picture");
    }

    /**
     * @param soFar     the replayed iterations of the steps so far
     * @param treeSoFar a complete tree's nodes as the steps so far left them (a later step's mark wins)
     */
    void show(Step step, List<Step.Replay> soFar, List<Step.Node> treeSoFar, GridRows rows) {
        getChildren().clear();
        if (step == null) {
            return;
        }
        // Beside a shards × slices grid, which is wide and low, the figures stand under its key, not under the
        // grid: there they fell below the docked panel's least height.
        List<Node> figures = step.figures().stream().map(StepPicture::figure).toList();
        if (step.grid() != null) {
            getChildren().add(grid(step.grid(), rows, figures));
        }
        if (!soFar.isEmpty()) {
            getChildren().add(replays(soFar, step.replays()));
        }
        if (!step.nodes().isEmpty()) {
            getChildren().add(step.tree() != null ? tree(step.tree(), treeSoFar, step.nodes()) : forest(step.nodes()));
        }
        if (step.grid() == null) {
            getChildren().addAll(figures);
        }
    }

    private static Node grid(Step.Grid g, GridRows rows, List<Node> figures) {
        GridPane pane = new GridPane();
        pane.setId("step-grid");
        pane.setHgap(2);
        pane.setVgap(1);
        Map<String, Step.CellMark> marks = new HashMap<>();
        g.cells().forEach(c -> marks.put(c.shard() + "/" + c.slice(), c.mark()));
        for (int slice = 0; slice < g.slices(); slice++) {
            pane.add(small("slice " + (slice + 1)), slice + 1, 0);
        }
        int line = 1;
        for (int shard : rows.drawn()) {
            Label name = small("shard " + (shard + 1));
            name.getStyleClass().add("step-tiny");
            pane.add(name, 0, line);
            for (int slice = 0; slice < g.slices(); slice++) {
                Region cell = new Region();
                cell.getStyleClass().add("step-cell");
                Step.CellMark mark = marks.get(shard + "/" + slice);
                if (mark != null) {
                    cell.getStyleClass().add(css(mark.name()));
                    Tooltip.install(cell, new Tooltip(words(mark.name())));
                }
                cell.setPrefSize(30, 11);
                cell.setMinSize(12, 6);
                pane.add(cell, slice + 1, line);
            }
            line++;
        }
        VBox drawn = new VBox(4, pane);
        if (!rows.folded().isEmpty()) {
            Label folded = small(rows.folded());
            folded.setId("step-grid-folded");
            folded.setWrapText(true);
            drawn.getChildren().add(folded);
        }
        VBox key = new VBox(4);
        g.cells().stream()
                .map(c -> c.mark().name())
                .distinct()
                .forEach(m -> key.getChildren().add(legend(List.of(m))));
        key.getChildren().addAll(figures);
        return new HBox(16, drawn, key);
    }

    private static Node replays(List<Step.Replay> soFar, List<Step.Replay> current) {
        FlowPane strip = new FlowPane(4, 4);
        strip.setId("step-replays");
        int of = soFar.get(0).iterations();
        for (Step.Replay r : soFar) {
            String moved = r.moved() >= 0 ? " ✗ centroid " + (r.moved() + 1) : " ✓";
            Label chip = new Label(r.iteration() + moved);
            chip.getStyleClass().addAll("step-chip", r.moved() >= 0 ? "moved" : "stays");
            if (current.contains(r)) {
                chip.getStyleClass().add("current");
            }
            chip.setTooltip(new Tooltip("Iteration " + r.iteration() + ": the rows sat in cluster"
                    + (r.touched().length == 1 ? " " : "s ") + clusters(r.touched()) + "; "
                    + (r.moved() >= 0
                            ? "centroid " + (r.moved() + 1) + " changes its grid cell"
                            : "every centroid stays in its cell")));
            strip.getChildren().add(chip);
        }
        for (int t = soFar.size() + 1; t <= of; t++) {
            Label chip = new Label(String.valueOf(t));
            chip.getStyleClass().addAll("step-chip", "pending");
            strip.getChildren().add(chip);
        }
        return new VBox(4, small("Kept iterations (✓ no centroid changes cell, ✗ the one that does)"), strip);
    }

    private static String clusters(int[] touched) {
        return java.util.Arrays.stream(touched)
                .mapToObj(c -> String.valueOf(c + 1))
                .collect(Collectors.joining(", "));
    }

    private static Node tree(Step.TreeShape shape, List<Step.Node> nodes, List<Step.Node> current) {
        Map<Long, Step.Node> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        java.util.Set<Long> now = current.stream().map(Step.Node::id).collect(Collectors.toSet());
        VBox levels = new VBox(6);
        levels.setId("step-tree");
        levels.setAlignment(Pos.CENTER);
        long first = 0;
        for (int level = 0; level <= shape.height(); level++) {
            long count = Math.round(Math.pow(shape.width(), level));
            HBox row = new HBox(3);
            row.setAlignment(Pos.CENTER);
            for (long i = 0; i < Math.min(count, LEVEL_DRAWN); i++) {
                Region box = new Region();
                box.getStyleClass().add("step-node");
                Step.Node n = byId.get(first + i);
                if (n != null) {
                    box.getStyleClass().add(css(n.mark().name()));
                    if (now.contains(n.id())) {
                        box.getStyleClass().add("current");
                    }
                    Tooltip.install(
                            box,
                            new Tooltip((level == shape.height() ? "Leaf " : "Node ") + (i + 1) + " of level " + level
                                    + ": " + words(n.mark().name()) + ", " + Figures.rows(n.rows())));
                }
                double side = count > 32 ? 8 : 16;
                box.setPrefSize(side, side);
                box.setMinSize(side, side);
                row.getChildren().add(box);
            }
            if (count > LEVEL_DRAWN) {
                row.getChildren().add(small("… " + Figures.count(count) + " in all"));
            }
            levels.getChildren().add(row);
            first += count;
        }
        return new VBox(
                4,
                levels,
                legend(nodes.stream().map(n -> n.mark().name()).distinct().toList()));
    }

    private static Node forest(List<Step.Node> nodes) {
        Map<Integer, List<Step.Node>> byTree = nodes.stream()
                .collect(Collectors.groupingBy(Step.Node::tree, java.util.TreeMap::new, Collectors.toList()));
        VBox paths = new VBox(3);
        paths.setId("step-forest");
        int drawn = 0;
        for (Map.Entry<Integer, List<Step.Node>> e : byTree.entrySet()) {
            if (drawn++ == TREES_DRAWN) {
                paths.getChildren().add(small("… and " + (byTree.size() - TREES_DRAWN) + " more trees"));
                break;
            }
            HBox path = new HBox(3, small("tree " + (e.getKey() + 1)));
            path.setAlignment(Pos.CENTER_LEFT);
            for (Step.Node n : e.getValue()) {
                Label chip = new Label(String.valueOf(n.rows()));
                chip.getStyleClass().addAll("step-chip", css(n.mark().name()));
                chip.setTooltip(new Tooltip("Depth " + n.depth() + ", node " + n.id() + ": "
                        + words(n.mark().name()) + ", " + Figures.rows(n.rows()) + " after the request"));
                path.getChildren().add(chip);
            }
            paths.getChildren().add(path);
        }
        return new VBox(
                4,
                small("The nodes the rows pass through, root first (each with its rows after the request)"),
                paths,
                legend(nodes.stream().map(n -> n.mark().name()).distinct().toList()));
    }

    private static Node figure(Step.Figure f) {
        Label name = new Label(f.name() + ": " + value(f));
        name.getStyleClass().add("step-figure");
        // Beside the grid the key's column is narrow: the figure wraps rather than losing its number to an ellipsis.
        name.setWrapText(true);
        if (Double.isNaN(f.share())) {
            return name;
        }
        ProgressBar bar = new ProgressBar(f.share());
        bar.setPrefWidth(220);
        return new VBox(2, name, bar);
    }

    static String value(Step.Figure f) {
        if (!Double.isNaN(f.share())) {
            return Figures.percent(f.share());
        }
        if (Double.isNaN(f.value())) {
            return "unknown";
        }
        return f.value() == Math.rint(f.value()) && Math.abs(f.value()) < 1e15
                ? Figures.count((long) f.value())
                : String.format(Locale.ROOT, "%.4g", f.value());
    }

    private static Node legend(List<String> marks) {
        HBox row = new HBox(10);
        for (String mark : marks) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("step-cell", css(mark));
            swatch.setPrefSize(14, 10);
            swatch.setMinSize(14, 10);
            HBox item = new HBox(4, swatch, small(words(mark)));
            item.setAlignment(Pos.CENTER_LEFT);
            row.getChildren().add(item);
        }
        return row;
    }

    private static Label small(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("step-small");
        return l;
    }

    /** HOLDS_ROW → "holds-row". */
    private static String css(String mark) {
        return "mark-" + mark.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String words(String mark) {
        return switch (mark) {
            case "HOLDS_ROW" -> "holds a forgotten row";
            case "DROPPED" -> "checkpoint deleted";
            case "RESTORED" -> "checkpoint restored";
            case "RETRAINED" -> "retrained";
            case "PASSED" -> "counts updated";
            case "UPDATED" -> "leaf updated";
            case "RERUN" -> "re-run";
            case "REAGGREGATED" -> "re-aggregated";
            case "REGROWN" -> "regrown";
            case "COLLAPSED" -> "became a leaf";
            case "RESAMPLED" -> "candidates drawn again";
            default -> mark.toLowerCase(Locale.ROOT);
        };
    }
}
