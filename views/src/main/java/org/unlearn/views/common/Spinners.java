package org.unlearn.views.common;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/**
 * Whole-number spinners that a person can type into without breaking anything: only digits are taken, and
 * text that is still not a number in range (an empty field) falls back to the value it had, never to an
 * exception on the FX thread.
 */
public final class Spinners {
    private Spinners() {}

    /** Makes an editable whole-number spinner forgiving; returns it for chaining. */
    public static Spinner<Integer> forgiving(Spinner<Integer> spinner) {
        spinner.setEditable(true);
        spinner.getEditor()
                .setTextFormatter(
                        new TextFormatter<>(change -> change.getControlNewText().matches("\\d{0,9}") ? change : null));
        SpinnerValueFactory<Integer> values = spinner.getValueFactory();
        values.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                Integer was = values.getValue();
                try {
                    return text == null || text.isBlank() ? was : Integer.valueOf(text.strip());
                } catch (NumberFormatException e) {
                    return was;
                }
            }
        });
        spinner.focusedProperty().addListener((o, had, has) -> {
            if (!has) {
                spinner.getEditor().setText(values.getConverter().toString(values.getValue()));
            }
        });
        return spinner;
    }
}
