package org.unlearn.views.forget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;

import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;
import org.unlearn.model.family.Families;
import org.unlearn.model.family.FamilyDescriptor;
import org.unlearn.model.family.OptionSpec;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.ImmediateWork;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.common.Styles;
import org.unlearn.views.data.DataViewModel;

/** The model panel made from the registry's descriptors: one field per option, each refusal marked on its field. */
@ExtendWith(ApplicationExtension.class)
class ModelPanelRobotTest {
    private final ImmediateWork work = new ImmediateWork();
    private ForgetViewModel model;

    @Start
    void start(Stage stage) {
        DataViewModel data = new DataViewModel(work);
        data.open(new OpenRequest(TestFiles.sample("iris.csv"), "target_name"));
        model = new ForgetViewModel(work, data.dataProperty(), data.planeProperty());
        stage.setScene(Styles.apply(new Scene(
                new ModelPanel(model.form(), model.chain(), model.certifiedShares(), model.optionCost()), 420, 900)));
        stage.show();
    }

    /** The option fields on screen: "option-NAME", not the seed's and not the refusal lines. */
    private static Set<Node> optionFields(FxRobot robot) {
        return robot.lookup((Node n) -> n.getId() != null
                        && n.getId().startsWith("option-")
                        && !n.getId().endsWith("-error")
                        && !n.getId().equals("option-seed"))
                .queryAll();
    }

    @Test
    void everyFamilysFormHasOneFieldPerOptionOfItsDescriptor(FxRobot robot) {
        for (FamilyDescriptor<?> family : Families.all()) {
            robot.interact(() -> model.form().familyProperty().set(family));
            assertEquals(family.options().size(), optionFields(robot).size(), family.code());
            for (OptionSpec spec : family.options()) {
                verifyThat("#option-" + spec.name(), NodeMatchers.isVisible());
            }
            assertTrue(robot.lookup("#family-" + family.code()).tryQuery().isPresent(), "listed: " + family.code());
        }
    }

    @Test
    void aBadValueIsMarkedOnItsOwnFieldInPlainWords(FxRobot robot) {
        robot.interact(() -> model.form().choose("qkmeans"));
        Control epsilon = robot.lookup("#option-epsilon").query();
        Control gamma = robot.lookup("#option-gamma").query();

        robot.clickOn(epsilon).push(KeyCode.CONTROL, KeyCode.A).write("-1");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(epsilon.getStyleClass().contains("error"), "the field is decorated: " + epsilon.getStyleClass());
        verifyThat(
                "#option-epsilon-error",
                LabeledMatchers.hasText("epsilon (the grid width) must be more than 0, not -1"));
        verifyThat("#option-epsilon-error", NodeMatchers.isVisible());
        assertFalse(gamma.getStyleClass().contains("error"), "another field is not");
        verifyThat("#option-gamma-error", NodeMatchers.isInvisible());
        verifyThat("#options-problem", NodeMatchers.isInvisible()); // said on the field, not again below
        assertTrue(robot.lookup("#train").queryButton().isDisabled());

        robot.clickOn(epsilon).push(KeyCode.CONTROL, KeyCode.A).write("0.05");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(epsilon.getStyleClass().contains("error"), "mended, the mark goes");
        verifyThat("#option-epsilon-error", NodeMatchers.isInvisible());
        assertFalse(robot.lookup("#train").queryButton().isDisabled());
    }

    @Test
    void aShortPromptIsSaidInFullUnderItsFieldWhileItIsTypedInto(FxRobot robot) {
        robot.interact(() -> model.form().choose("logreg"));
        javafx.scene.control.TextField sigma = robot.lookup("#option-sigma").query();
        assertEquals("off", sigma.getPromptText(), "short enough for the field at 1024x700");
        verifyThat("#note-sigma", NodeMatchers.isInvisible());

        robot.clickOn(sigma);
        WaitForAsyncUtils.waitForFxEvents();
        verifyThat("#note-sigma", NodeMatchers.isVisible());
        verifyThat("#note-sigma", LabeledMatchers.hasText("empty: not certified"));

        robot.write("0.1");
        WaitForAsyncUtils.waitForFxEvents();
        verifyThat("#note-sigma", NodeMatchers.isInvisible());
    }
}
