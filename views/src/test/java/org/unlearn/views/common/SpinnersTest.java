package org.unlearn.views.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.Spinner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A person typing into a whole-number spinner: letters are not taken, an emptied field keeps the value. */
@ExtendWith(ApplicationExtension.class)
class SpinnersTest {
    @Test
    void lettersAreNotTakenAndAnEmptiedFieldKeepsItsValue() throws Exception {
        Spinner<Integer> spinner = WaitForAsyncUtils.asyncFx(() -> Spinners.forgiving(new Spinner<>(1, 100, 7)))
                .get();
        WaitForAsyncUtils.asyncFx(() -> {
                    spinner.getEditor().setText("abc");
                    spinner.commitValue();
                })
                .get();
        assertEquals(7, spinner.getValue());
        assertEquals("7", spinner.getEditor().getText());

        WaitForAsyncUtils.asyncFx(() -> {
                    spinner.getEditor().setText("");
                    spinner.commitValue();
                })
                .get();
        assertEquals(7, spinner.getValue());

        WaitForAsyncUtils.asyncFx(() -> {
                    spinner.getEditor().setText("42");
                    spinner.commitValue();
                })
                .get();
        assertEquals(42, spinner.getValue());
    }
}
