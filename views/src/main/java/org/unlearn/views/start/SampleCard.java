package org.unlearn.views.start;

import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.unlearn.model.data.SampleCatalogue;
import org.unlearn.views.common.Figures;

/** A sample dataset as a card: a button, so it takes the focus and opens with a click, Enter or Space. */
final class SampleCard extends Button {
    SampleCard(SampleCatalogue.Sample sample) {
        getStyleClass().add("sample-card");
        setId(idOf(sample));
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setMaxWidth(Double.MAX_VALUE);
        setMaxHeight(Double.MAX_VALUE);
        Label name = new Label(sample.name());
        name.getStyleClass().add("card-title");
        name.setWrapText(true);
        Label size =
                new Label(Figures.count(sample.rows()) + " rows × " + Figures.count(sample.columns()) + " columns");
        size.getStyleClass().add("card-size");
        Label description = new Label(sample.description());
        description.setWrapText(true);
        description.getStyleClass().add("card-description");
        Region push = new Region();
        VBox.setVgrow(push, Priority.ALWAYS);
        Label facts = new Label(
                "Label: " + sample.label() + "\nSuggested model: " + ModelNames.readable(sample.suggestedModel()));
        facts.getStyleClass().add("card-facts");
        facts.setWrapText(true);
        facts.setMinHeight(Region.USE_PREF_SIZE);
        VBox body = new VBox(6, name, size, description, push, facts);
        body.setFillWidth(true);
        setGraphic(body);
        // The text is what screen readers and robot lookups see; the graphic is what people see.
        setText(sample.name());
        setAccessibleText("Open " + sample.name());
        setTooltip(
                new Tooltip("Open " + sample.file().getFileName() + " with \"" + sample.label() + "\" as the label"));
    }

    /** A CSS-safe id from the file name, e.g. "sample-penguins-csv", for tests and styling. */
    static String idOf(SampleCatalogue.Sample sample) {
        return "sample-" + sample.file().getFileName().toString().replaceAll("[^A-Za-z0-9]+", "-");
    }
}
