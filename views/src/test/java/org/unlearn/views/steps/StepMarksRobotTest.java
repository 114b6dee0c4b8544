package org.unlearn.views.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unlearn.model.forget.Step;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.ImmediateWork;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.common.Styles;
import org.unlearn.views.data.DataViewModel;
import org.unlearn.views.forget.ForgetView;
import org.unlearn.views.forget.ForgetViewModel;
import org.unlearn.views.panels.CapabilityPanels;
import org.unlearn.views.plane.PlaneContent;
import org.unlearn.views.plane.PlaneMarks;

/**
 * Each step drawn where it happens, on the forget view's own pictures: Q-k-means' replayed iterations on the
 * cluster picture (a ring on each centroid that lost rows, a halo on the one that changes its grid cell), and a
 * linear model's step, distance and debt on the debt panel, on penguins.
 */
@ExtendWith(ApplicationExtension.class)
class StepMarksRobotTest {
    private final ImmediateWork work = new ImmediateWork();
    private ForgetViewModel model;
    private StepThroughViewModel steps;

    @Start
    void start(Stage stage) {
        DataViewModel data = new DataViewModel(work);
        data.open(new OpenRequest(TestFiles.sample("penguins.csv"), "species"));
        model = new ForgetViewModel(work, data.dataProperty(), data.planeProperty());
        ForgetView view = new ForgetView(model, CapabilityPanels.of(model).toArray(Region[]::new));
        steps = StepThrough.install(view, model);
        stage.setScene(Styles.apply(new Scene(view, 1280, 860)));
        stage.show();
    }

    private void trainAndForget(FxRobot robot, String family, String method, int rows) {
        robot.interact(() -> {
            model.form().choose(family);
            if (method != null) {
                model.form().option("method").textProperty().set(method);
            }
            model.train();
            String ids = IntStream.range(0, 400)
                    .filter(id -> model.chain().currentProperty().get().holds(id))
                    .limit(rows)
                    .mapToObj(String::valueOf)
                    .collect(Collectors.joining(","));
            model.picks().pickTextProperty().set(ids);
            model.picks().pickTyped();
            model.forget();
        });
        assertNotNull(model.chain().reportProperty().get(), () -> family + ": not forgotten: " + work.outcomes());
    }

    @Test
    void qkMeansMarksTheCentroidsOfEachReplayedIterationAndHalosTheOneThatMoves(FxRobot robot) {
        // More rows at once until one replayed iteration moves a centroid to another cell (where the resume starts).
        boolean moved = false;
        for (int rows = 5; rows <= 80 && !moved; rows *= 2) {
            trainAndForget(robot, "qkmeans", null, rows);
            robot.interact(steps::open);
            moved = steps.walkthroughProperty().get().steps().stream()
                    .flatMap(s -> s.replays().stream())
                    .anyMatch(r -> r.moved() >= 0);
        }
        assertTrue(moved, "some request on penguins moves a centroid to another grid cell");
        int halos = 0;
        int replaySteps = 0;
        for (int i = 0; i < steps.walkthroughProperty().get().size(); i++) {
            int at = i;
            robot.interact(() -> {
                while (steps.indexProperty().get() < at) {
                    steps.next();
                }
            });
            Step step = steps.stepProperty().get();
            PlaneContent picture = model.picture().pictureProperty().get();
            List<PlaneMarks> halo = marks(picture, PlaneMarks.Shape.HALO);
            List<PlaneMarks> checked = marks(picture, PlaneMarks.Shape.CHECKED);
            List<Step.Replay> replays = step.replays();
            List<Step.Replay> soFar = steps.replaysSoFar();
            if (replays.isEmpty()
                    && step.title().startsWith("Resume from iteration")
                    && soFar.get(soFar.size() - 1).moved() >= 0) {
                // where training resumes: the iteration that moved a centroid, still haloed
                replays = List.of(soFar.get(soFar.size() - 1));
                halos--;
            }
            if (replays.isEmpty()) {
                assertTrue(halo.isEmpty() && checked.isEmpty(), step.title() + ": a step replaying nothing marks none");
                continue;
            }
            replaySteps++;
            Set<Integer> touched = new TreeSet<>();
            replays.forEach(r -> Arrays.stream(r.touched()).forEach(touched::add));
            int movedHere = replays.stream()
                    .mapToInt(Step.Replay::moved)
                    .filter(c -> c >= 0)
                    .findFirst()
                    .orElse(-1);
            Set<String> expectStays = touched.stream()
                    .filter(c -> c != movedHere)
                    .map(c -> "centroid " + (c + 1))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(1, checked.size(), step.title());
            assertEquals(expectStays, new TreeSet<>(List.of(checked.get(0).labels())), step.title());
            if (movedHere < 0) {
                assertTrue(halo.isEmpty(), step.title() + ": no centroid changes its cell, none is haloed");
                continue;
            }
            halos++;
            assertEquals(1, halo.size(), step.title());
            PlaneMarks h = halo.get(0);
            assertEquals("centroid " + (movedHere + 1), h.label(0), step.title());
            assertTrue(h.name().contains("changes its grid cell"), h.name());
            // where the picture shows that centroid of the model the request started from
            PlaneMarks before = marks(picture, PlaneMarks.Shape.RING).get(0);
            int same = List.of(before.labels()).indexOf(h.label(0));
            assertEquals(before.x(same), h.x(0), 1e-12);
            assertEquals(before.y(same), h.y(0), 1e-12);
            assertTrue(
                    model.picture().plane().legend().stream()
                            .anyMatch(e -> e.text().equals(h.name())),
                    "the legend names the halo");
        }
        assertTrue(replaySteps > 0, "the request replayed kept iterations");
        assertEquals(1, halos, "one step, the first iteration that moves a centroid, halos it");
        robot.interact(steps::close);
        PlaneContent after = model.picture().pictureProperty().get();
        assertTrue(marks(after, PlaneMarks.Shape.HALO).isEmpty()
                && marks(after, PlaneMarks.Shape.CHECKED).isEmpty());
    }

    @Test
    void aNewtonStepShowsItsFiguresOnTheDebtPanelAndLightsWhatEachIsAbout(FxRobot robot) {
        trainAndForget(robot, "logreg", "newton", 3);
        robot.interact(steps::open);
        List<String> lit = new ArrayList<>();
        for (int i = 0; i < steps.walkthroughProperty().get().size(); i++) {
            if (i > 0) {
                robot.interact(steps::next);
            }
            WaitForAsyncUtils.waitForFxEvents();
            Step step = steps.stepProperty().get();
            Labeled line = robot.lookup("#debt-step").queryAs(Labeled.class);
            assertNotNull(line, step.title());
            assertTrue(line.getText().startsWith("Step through: " + step.title()), line.getText());
            for (Step.Figure f : step.figures()) {
                assertTrue(line.getText().contains(DebtMarks.figure(f)), line.getText());
            }
            List<String> ids = robot.lookup("." + DebtMarks.LIT).queryAll().stream()
                    .map(Node::getId)
                    .filter(id -> !"debt-step".equals(id))
                    .sorted()
                    .toList();
            if (step.title().equals("The distance to the retrain")
                    || step.title().equals("The debt")) {
                assertEquals(List.of("debt-line"), ids, step.title());
            } else if (step.title().equals("The step")) {
                assertEquals(List.of("request-method"), ids, step.title());
                assertTrue(line.getText().contains("step length"), line.getText());
            } else {
                assertEquals(List.of(), ids, step.title());
            }
            lit.addAll(ids);
        }
        assertTrue(lit.contains("debt-line") && lit.contains("request-method"), lit.toString());
        robot.interact(steps::close);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("." + DebtMarks.LIT).queryAll().isEmpty(), "leaving takes the marks off");
        assertTrue(robot.lookup("#debt-step").tryQuery().isEmpty(), "and the step's line");
        assertFalse(robot.lookup("#debt-panel")
                .query()
                .lookupAll(".step-debt-line")
                .iterator()
                .hasNext());
    }

    @Test
    void dcKMeansMarksTheLeafItReRunsAndTheAncestorsItReAggregatesOnTheTreeOfLeaves(FxRobot robot) {
        trainAndForget(robot, "dckmeans", null, 3);
        assertTrue(robot.lookup("#leaf-tree-panel").query().isVisible(), "the tree of leaves shows for DC-k-means");
        robot.interact(steps::open);
        Set<String> seen = new TreeSet<>();
        for (int i = 0; i < steps.walkthroughProperty().get().size(); i++) {
            if (i > 0) {
                robot.interact(steps::next);
            }
            WaitForAsyncUtils.waitForFxEvents();
            Step step = steps.stepProperty().get();
            Set<String> expected = step.nodes().stream()
                    .map(n -> "leaf-node-" + n.id() + " " + mark(n.mark()))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> lit = robot.lookup("." + LeafTreeMarks.LIT).queryAll().stream()
                    .map(n -> n.getId() + " "
                            + n.getStyleClass().stream()
                                    .filter(c -> c.startsWith("mark-"))
                                    .collect(Collectors.joining(" ")))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected, lit, step.title());
            lit.forEach(l -> seen.add(l.substring(l.indexOf(' ') + 1)));
            if (step.title().startsWith("Re-run leaf")) {
                assertEquals(1, lit.size(), step.title());
                assertTrue(step.nodes().get(0).depth() > 0, "a leaf, below the root");
            }
        }
        assertTrue(seen.contains("mark-rerun") && seen.contains("mark-reaggregated"), seen.toString());
        robot.interact(steps::close);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("." + LeafTreeMarks.LIT).queryAll().isEmpty(), "leaving takes the marks off");
    }

    private static String mark(Step.NodeMark m) {
        return "mark-" + m.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static List<PlaneMarks> marks(PlaneContent c, PlaneMarks.Shape shape) {
        return c.marks().stream().filter(m -> m.shape() == shape).toList();
    }
}
