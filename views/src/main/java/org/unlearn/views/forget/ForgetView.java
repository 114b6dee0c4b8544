package org.unlearn.views.forget;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.unlearn.views.common.Nodes;
import org.unlearn.views.common.Section;
import org.unlearn.views.common.Tips;
import org.unlearn.views.learn.ConceptLink;
import org.unlearn.views.learn.Concepts;
import org.unlearn.views.plane.PlaneView;

/**
 * Train and forget: the model to train and its history on the left, the picture of its clusters in the
 * middle, the forget request (plan, report, check) and the rows on the right.
 */
public final class ForgetView extends BorderPane {
    /** Held here: out of the column, nothing else would keep a hidden panel (and its weakly bound model) alive. */
    private final List<Region> familyPanels;
    /** The panes whose dividers a user may move, in the order {@link #dividers()} lists their positions. */
    private final List<SplitPane> splits;

    private final HistoryPanel history;
    private final ForgetDock dock;

    static final double LEFT_MIN_WIDTH = 250;
    static final double MIDDLE_MIN_WIDTH = 330;
    static final double RIGHT_MIN_WIDTH = 380;
    /** The columns' minimums while a panel beside the view (the lessons) takes a share of the window. */
    static final double LEFT_SHARED_MIN_WIDTH = 215;

    static final double RIGHT_SHARED_MIN_WIDTH = 300;
    static final double MIDDLE_SHARED_MIN_WIDTH = 240;
    /** The middle column's least width beside the lessons when the window has it: points and legend side by side. */
    static final double MIDDLE_SHARED_ROOMY_WIDTH = 460;

    private static final double DIVIDER_WIDTH = 6;
    /**
     * The middle column's content width while it scrolls sideways beside another panel: the width its rows'
     * controls need whole. The picture stretches with the column above it; it was 350, which beside the
     * lessons at 1400x900 made the column's content wider than the column and the plane 177 px wide.
     */
    static final double MIDDLE_CONTENT_SHARED_WIDTH = 280;

    /** The middle column (picture and rows) in a pane that scrolls sideways once narrower than its content's minimum. */
    private final javafx.scene.control.ScrollPane middleColumn;

    private final SplitPane leftColumn;
    private final SplitPane columns;
    private final SplitPane rightColumn;

    /**
     * @param familyPanels what a family shows of its own structure under the forget request (the shard map),
     *                     each hiding itself while the current model has none
     */
    public ForgetView(ForgetViewModel model, Region... familyPanels) {
        this.familyPanels = List.of(familyPanels);
        getStyleClass().add("forget-view");
        setTop(header(model.chain()));
        Region modelSection = new Section(
                "Model",
                null,
                new ModelPanel(model.form(), model.chain(), model.certifiedShares(), model.optionCost()));
        modelSection.setMinHeight(160);
        history = new HistoryPanel(model.chain());
        SplitPane left = new SplitPane(modelSection, new Section("History", null, history));
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.66);
        Region picture = picture(model);
        picture.setMinHeight(200);
        Region rows = new Section("Rows, and more ways to pick them", null, rows(model));
        // Held to the column: wider than a narrow column, the split pane centred it and cut off its left edge.
        rows.setMinWidth(0);
        SplitPane middle = new SplitPane(picture, rows);
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.62);
        RequestPanel requestPanel = new RequestPanel(model.chain(), model.picks(), model.planner());
        ScrollPane requestScroll = Nodes.scrolled(requestPanel);
        VBox.setVgrow(requestScroll, Priority.ALWAYS);
        VBox requestBody = new VBox(8, requestPanel.picking(), requestScroll);
        Region request = new Section("Forget request", null, requestBody);
        request.setMinHeight(150);
        newestInView(model.chain(), model.planner(), requestPanel, requestScroll);
        SplitPane right = new SplitPane(request);
        right.setOrientation(Orientation.VERTICAL);
        for (Region panel : familyPanels) {
            // A family's panel joins the column while it has something to show (its visibility says when).
            Region held = heldInScroll(panel);
            panel.visibleProperty().addListener((o, was, now) -> showPanel(right, held, now));
            showPanel(right, held, panel.isVisible());
        }
        left.setMinWidth(LEFT_MIN_WIDTH);
        middle.setMinWidth(MIDDLE_MIN_WIDTH);
        right.setMinWidth(RIGHT_MIN_WIDTH);
        middleColumn = sideways(middle);
        leftColumn = left;
        rightColumn = right;
        SplitPane all = new SplitPane(left, middleColumn, right);
        columns = all;
        all.setDividerPositions(0.245, 0.70);
        all.getStyleClass().add("data-split");
        // The columns grow and shrink with the window in proportion: a column kept at a fixed width would stay
        // squeezed after the window, made small, is made large again.
        splits = List.of(all, left, middle, right);
        dock = new ForgetDock(all, middle, rows, this::setBottom);
        dock.arrangeRightColumn(right);
        setCenter(dock.body());
    }

    /**
     * Docks a panel (the step-through) under the columns, in a split the user may move, while the panel is
     * visible; meanwhile the middle column gives the picture the room the rows had.
     */
    public void dock(Region panel) {
        dock.dock(panel);
    }

    /**
     * While another panel shares the window's width (the lessons, at the window's right), every column gives
     * up some of its minimum, the model and the request columns most, so the picture in the middle keeps room
     * to point at; under its content's least width the middle column scrolls sideways.
     */
    public void shareWidthWhile(javafx.beans.value.ObservableValue<Boolean> shared) {
        javafx.beans.InvalidationListener apply = o -> {
            boolean yes = shared.getValue();
            if (dock.leftFolded()) {
                leftColumn.setUserData(yes ? LEFT_SHARED_MIN_WIDTH : LEFT_MIN_WIDTH);
            } else {
                leftColumn.setMinWidth(yes ? LEFT_SHARED_MIN_WIDTH : LEFT_MIN_WIDTH);
            }
            rightColumn.setMinWidth(yes ? RIGHT_SHARED_MIN_WIDTH : RIGHT_MIN_WIDTH);
            // What the other two columns leave at their least, up to a width that holds the points and their
            // legend side by side: the split pane, left to itself, took the lessons' width from the middle.
            double left = roomBeside() - LEFT_SHARED_MIN_WIDTH - RIGHT_SHARED_MIN_WIDTH - 3 * DIVIDER_WIDTH;
            middleColumn.setMinWidth(
                    yes
                            ? Math.max(MIDDLE_SHARED_MIN_WIDTH, Math.min(MIDDLE_SHARED_ROOMY_WIDTH, left))
                            : MIDDLE_MIN_WIDTH);
            ((Region) middleColumn.getContent()).setMinWidth(yes ? MIDDLE_CONTENT_SHARED_WIDTH : MIDDLE_MIN_WIDTH);
        };
        // The room the window leaves the view, not the view's own width: that grows with the minimum set here.
        parentProperty().addListener((o, was, now) -> {
            if (now instanceof Region holder) {
                holder.widthProperty().addListener(apply);
            }
        });
        if (getParent() instanceof Region holder) {
            holder.widthProperty().addListener(apply);
        }
        shared.addListener(apply);
        apply.invalidated(shared);
    }

    private double roomBeside() {
        return getParent() instanceof Region holder ? holder.getWidth() : getWidth();
    }

    /**
     * A column that fills its width while it has room, and keeps its content's minimum and scrolls sideways
     * when it has not: the content is never squeezed under its neighbours.
     */
    private static javafx.scene.control.ScrollPane sideways(Region content) {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setMinWidth(MIDDLE_MIN_WIDTH);
        return scroll;
    }

    /** Adds a command on the newest request under the history list (the step-through's button). */
    public void addHistoryAction(javafx.scene.Node action) {
        history.addAction(action);
    }

    /** Every divider's position, pane after pane, to be remembered across runs. */
    public double[] dividers() {
        return splits.stream()
                .flatMapToDouble(s -> java.util.Arrays.stream(dock.positions(s)))
                .toArray();
    }

    /** Puts the dividers back where {@link #dividers()} found them; a list of another length is ignored. */
    public void restoreDividers(double[] positions) {
        int count = splits.stream().mapToInt(s -> s.getDividers().size()).sum();
        if (positions.length != count || java.util.Arrays.stream(positions).anyMatch(p -> !(p >= 0 && p <= 1))) {
            return;
        }
        int at = 0;
        for (SplitPane split : splits) {
            int n = split.getDividers().size();
            split.setDividerPositions(java.util.Arrays.copyOfRange(positions, at, at + n));
            at += n;
        }
    }

    /** Tells the listener whenever a user moves a divider. */
    public void onDividersMoved(Runnable listener) {
        for (SplitPane split : splits) {
            Runnable moved = () -> {
                if (!dock.arranging()) {
                    listener.run();
                }
            };
            split.getDividers().forEach(d -> d.positionProperty().addListener((o, was, now) -> moved.run()));
            split.getDividers().addListener((javafx.collections.ListChangeListener<SplitPane.Divider>) c -> {
                while (c.next()) {
                    c.getAddedSubList().forEach(d -> d.positionProperty().addListener((o, was, now) -> moved.run()));
                }
            });
        }
    }

    /**
     * Scrolls the request column to the newest result (the report of a request, then the check; the plan of rows
     * picked, with the Forget button under it) as each comes,
     * and keeps it there while the window is resized, until the user scrolls elsewhere.
     */
    private static void newestInView(ModelChain chain, ForgetPlanner planner, RequestPanel panel, ScrollPane scroll) {
        String[] newest = {null};
        Runnable follow = () -> {
            if (newest[0] != null) {
                Nodes.scrollIntoView(scroll, panel.lookup(newest[0]));
            }
        };
        // A user scrolling (wheel, or dragging the bar) takes over; the pane's own clamping on a resize does not.
        scroll.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> newest[0] = null);
        scroll.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, e -> newest[0] = null);
        chain.reportProperty().addListener((o, was, now) -> {
            newest[0] = now == null ? null : "#report";
            Platform.runLater(follow);
        });
        // Rows picked after a request: their plan and the Forget button, not the last report, are what is next.
        planner.planProperty().addListener((o, was, now) -> {
            newest[0] = now == null ? newest[0] : "#forget";
            Platform.runLater(follow);
        });
        chain.verificationProperty().addListener((o, was, now) -> {
            newest[0] = now == null ? newest[0] : "#verification";
            Platform.runLater(follow);
        });
        scroll.viewportBoundsProperty().addListener((o, was, now) -> Platform.runLater(follow));
    }

    /**
     * A family's panel in a pane that scrolls up and down when its part of the column is shorter than the
     * panel's least height: given less, the split pane let the panel (the shard map with its explanation open,
     * at 1024x700) spill upwards over the forget request.
     */
    private static Region heldInScroll(Region panel) {
        ScrollPane scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll("panel-scroll", "edge-to-edge");
        scroll.setMinHeight(0);
        return scroll;
    }

    private static void showPanel(SplitPane column, Region panel, boolean shown) {
        if (shown && !column.getItems().contains(panel)) {
            column.getItems().add(panel);
            column.setDividerPositions(0.56);
        } else if (!shown) {
            column.getItems().remove(panel);
        }
    }

    /** Beside the view's title, where the window puts what the view's requests are recorded in. */
    private final HBox besideTitle = new HBox();

    /** Puts a node beside the title (the compliance session's line), taking no height of the view's own. */
    public void putBesideTitle(javafx.scene.Node node) {
        besideTitle.getChildren().setAll(node);
    }

    private Region header(ModelChain model) {
        Label title = new Label();
        title.setId("forget-title");
        title.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.datasetNameProperty().get().isEmpty()
                                ? "Train and forget"
                                : "Train and forget · "
                                        + model.datasetNameProperty().get(),
                        model.datasetNameProperty()));
        title.getStyleClass().add("data-title");
        Label modelLine = new Label();
        modelLine.setId("model-title");
        modelLine.getStyleClass().add("model-title");
        modelLine.textProperty().bind(model.modelTitleProperty());
        Label facts = new Label();
        facts.setId("model-facts");
        facts.getStyleClass().add("data-details");
        facts.textProperty().bind(model.modelFactsProperty());
        Label none = new Label();
        none.setId("forget-notice");
        none.textProperty()
                .bind(Bindings.when(model.noticeProperty().isEmpty())
                        .then("Choose a model and train it; then pick rows and forget them.")
                        .otherwise(model.noticeProperty()));
        none.getStyleClass().add("data-details");
        // The notice that the dataset changed and the history was put away is three lines long at 1024x700.
        none.setWrapText(true);
        none.setMinHeight(Region.USE_PREF_SIZE);
        Nodes.showWhen(none, model.currentProperty().isNull());
        // The title keeps its whole width: when the session's line beside it is long (a request recorded, at
        // 1024x700) the line moves under the title instead of cutting it to "Train and forget · cred…".
        title.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane top = new javafx.scene.layout.FlowPane(12, 4, title, besideTitle) {
            @Override
            protected double computeMinWidth(double height) {
                return snappedLeftInset() + title.minWidth(-1) + snappedRightInset(); // not the line's width
            }

            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                // Beside the title the line keeps to the right edge, as it did; moved under it, to the left.
                if (besideTitle.getLayoutY() < title.getLayoutY() + title.getHeight()) {
                    besideTitle.setLayoutX(Math.max(
                            besideTitle.getLayoutX(),
                            snapPositionX(getWidth() - snappedRightInset() - besideTitle.getWidth())));
                }
            }
        };
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        top.setRowValignment(javafx.geometry.VPos.CENTER);
        VBox header = new VBox(2, top, none, modelLine, facts);
        header.setPadding(new Insets(12, 20, 10, 20));
        header.getStyleClass().add("data-header");
        return header;
    }

    /** The picture's "What am I looking at?", leading to the page of the method the model forgets by. */
    private static Region pictureHelp(ForgetViewModel model) {
        Region link = ConceptLink.whatAmI(
                "Every row is a point on the data view's plane, coloured as Colour by says (by default by what the"
                        + " model says of it: its cluster or its predicted class); forgotten rows stay as faint"
                        + " outlines. For k-means the diamonds are the centroids, placed on the same plane.",
                Bindings.createStringBinding(
                        () -> model.chain().currentProperty().get() == null
                                ? null
                                : Concepts.forFamily(model.chain()
                                        .currentProperty()
                                        .get()
                                        .family()
                                        .code()),
                        model.chain().currentProperty()));
        link.setId("picture-help");
        return link;
    }

    private static Region picture(ForgetViewModel model) {
        Label placeholder = new Label("Train a model to see its rows here.");
        placeholder.setId("picture-placeholder");
        PlaneView chart = new PlaneView(model.picture().plane(), placeholder);
        chart.setId("cluster-picture");
        CheckBox before = new CheckBox("Show where the centroids were before the last request");
        before.setId("show-before");
        before.selectedProperty().bindBidirectional(model.picture().showBeforeProperty());
        before.setTooltip(Tips.teach("Dashed rings mark the centroids of the model before the last forget request;"
                + " a dashed line joins each one that moved to where it is now. A ring around its diamond means it did"
                + " not move on the picture."));
        Nodes.showWhen(
                before,
                Bindings.createBooleanBinding(
                        () -> model.chain().currentProperty().get() != null
                                && model.chain().currentProperty().get().clusters(),
                        model.chain().currentProperty()));
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox content = new VBox(4, chart, before, pictureHelp(model));
        return new Section("Rows on the data view's plane", null, content);
    }

    private static Region rows(ForgetViewModel model) {
        RowTable table = new RowTable(model.table(), model.picks());
        CheckBox only = new CheckBox("Only the picked rows");
        only.setId("only-picked");
        only.selectedProperty().bindBidirectional(model.table().onlyPickedProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox bar = new HBox(only);
        return new VBox(6, new PickTools(model.picks(), model.chain()), bar, table);
    }
}
