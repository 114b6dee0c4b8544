package org.unlearn.views.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.ImmediateWork;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.common.Styles;
import org.unlearn.views.consequences.ConsequencesView;
import org.unlearn.views.consequences.ConsequencesViewModel;
import org.unlearn.views.data.DataViewModel;
import org.unlearn.views.forget.ForgetView;
import org.unlearn.views.forget.ForgetViewModel;

/**
 * Every "What am I looking at?" a user reaches after training a small model leads to the concept page that
 * explains it: the shard map's to SISA, the tree panel's to DaRE, the debt panel's to approximate deletion, the rows' picture's to the page of
 * the model's family, each consequences chart's to its page; the
 * concept window then answers the keyboard (Down for the next page, Esc to close).
 */
@ExtendWith(ApplicationExtension.class)
class ConceptLinksRobotTest {
    private static final String CONCEPTS = "Concepts — Unlearn Explorer";
    private final ImmediateWork work = new ImmediateWork();
    private ForgetViewModel model;
    private TabPane views;

    @Start
    void start(Stage stage) {
        DataViewModel data = new DataViewModel(work);
        data.open(new OpenRequest(TestFiles.sample("iris.csv"), "target_name"));
        model = new ForgetViewModel(work, data.dataProperty(), data.planeProperty());
        ConsequencesViewModel consequences = new ConsequencesViewModel(work, model.chain());
        views = new TabPane(
                new Tab(
                        "Forget",
                        new ForgetView(model, CapabilityPanels.of(model).toArray(Region[]::new))),
                new Tab("Consequences", new ConsequencesView(consequences, name -> Optional.empty())));
        stage.setScene(Styles.apply(new Scene(views, 1280, 800)));
        stage.show();
    }

    @AfterEach
    void closeConcepts(FxRobot robot) {
        robot.interact(() -> concepts(robot).ifPresent(Window::hide));
    }

    @Test
    void theShardMapAndTheChartsLeadToTheirPagesAndTheWindowAnswersTheKeyboard(FxRobot robot) {
        train(robot, "sisa");
        Node help = robot.lookup("#shard-help-link").query();
        robot.clickOn(help);
        assertTrue(
                robot.lookup("#shard-help").query().isVisible(),
                () -> "the explanation opens; link at " + help.localToScreen(help.getBoundsInLocal()));
        robot.clickOn("#concept-link-sisa");
        assertEquals("2-sisa", shownPage(robot));
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#picture-help");
        assertEquals("2-sisa", shownPage(robot), "the picture's link follows the model's family");

        robot.type(KeyCode.DOWN);
        assertEquals("3-qkmeans", shownPage(robot), "Down moves to the next page");
        robot.type(KeyCode.ESCAPE);
        assertTrue(concepts(robot).isEmpty(), "Esc closes the concept window");

        robot.interact(() -> views.getSelectionModel().select(1));
        String[][] charts = {
            {"quality-drift", "1-retraining"}, {"retraining-cost", "1-retraining"}, {"before-after", "1-retraining"}
        };
        TabPane chartTabs = robot.lookup(".consequences-view .tab-pane").queryAs(TabPane.class);
        for (String[] chart : charts) {
            robot.interact(() -> chartTabs.getSelectionModel().select(tabIndex(chartTabs, chart[0] + "-tab")));
            TitledPane what = robot.lookup("#" + chart[0] + "-what").queryAs(TitledPane.class);
            // an expanding pane slides its link under the pointer; the link, not the slide, is under test
            robot.interact(() -> what.setAnimated(false));
            robot.clickOn(what.lookup(".title"));
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn(what.getContent().lookup(".concept-link"));
            assertEquals(chart[1], shownPage(robot), chart[0]);
            robot.type(KeyCode.ESCAPE);
            assertTrue(concepts(robot).isEmpty(), chart[0]);
        }
    }

    @Test
    void theTreePanelsLinkOpensTheDarePage(FxRobot robot) {
        train(robot, "dare");
        robot.clickOn("#tree-panel .what-am-i-link");
        assertEquals("9-dare", shownPage(robot));
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#picture-help");
        assertEquals("9-dare", shownPage(robot));
        Labeled title = robot.lookup("#concept-title").queryAs(Labeled.class);
        assertTrue(title.getText().startsWith("DaRE"), title.getText());
        // the page's heading reads as one: the app's sheet reaches the window (a broken rule once kept it plain)
        Labeled paragraph = (Labeled) robot.lookup("#concept-text .lesson-text").query();
        assertTrue(
                title.getFont().getStyle().toLowerCase().contains("bold"),
                title.getFont().toString());
        assertTrue(
                title.getFont().getSize() > paragraph.getFont().getSize(), title.getFont() + " " + paragraph.getFont());
    }

    @Test
    void theDebtPanelsLinkOpensTheApproximateDeletionPage(FxRobot robot) {
        train(robot, "logreg");
        robot.clickOn("#debt-panel .what-am-i-link");
        assertEquals("5-approximate", shownPage(robot));
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#picture-help");
        assertEquals("5-approximate", shownPage(robot));
    }

    private void train(FxRobot robot, String family) {
        robot.interact(() -> model.form().choose(family));
        robot.clickOn("#train");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(model.chain().currentProperty().get(), () -> "no model: " + work.outcomes());
    }

    private static int tabIndex(TabPane pane, String id) {
        for (int i = 0; i < pane.getTabs().size(); i++) {
            if (id.equals(pane.getTabs().get(i).getId())) {
                return i;
            }
        }
        throw new AssertionError("no tab " + id);
    }

    private static Optional<Window> concepts(FxRobot robot) {
        return robot.listWindows().stream()
                .filter(w -> w instanceof Stage s && CONCEPTS.equals(s.getTitle()) && s.isShowing())
                .findFirst();
    }

    /** The id of the page the concept window shows, failing when it is not open. */
    @SuppressWarnings("unchecked")
    private static String shownPage(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Window window = concepts(robot).orElseThrow(() -> new AssertionError("the concept window is not open"));
        Node list = window.getScene().lookup("#concept-list");
        Object page = ((ListView<Object>) list).getSelectionModel().getSelectedItem();
        return ((org.unlearn.views.learn.Concepts.Page) page).id();
    }
}
