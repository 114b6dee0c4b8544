package org.unlearn.views.learn;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.unlearn.views.common.Styles;

/**
 * Help ▸ Concepts: one window, not modal, with the concept pages listed on the left and the chosen one on the
 * right; opening it again brings it forward at the page asked for.
 */
public final class ConceptWindow {
    private static Stage stage;
    private static ListView<Concepts.Page> list;

    private ConceptWindow() {}

    /** Shows the window at the page whose id starts with {@code id} ("2-sisa", or "sisa"), or the first. */
    public static void show(Window owner, String id) {
        if (stage == null) {
            build(owner);
        }
        list.getItems().stream()
                .filter(p -> id != null && (p.id().equals(id) || p.id().endsWith("-" + id)))
                .findFirst()
                .ifPresentOrElse(p -> list.getSelectionModel().select(p), () -> {
                    if (list.getSelectionModel().isEmpty()) {
                        list.getSelectionModel().select(0);
                    }
                });
        stage.show();
        stage.toFront();
    }

    private static void build(Window owner) {
        List<Concepts.Page> pages = Concepts.all();
        list = new ListView<>();
        list.setId("concept-list");
        list.getItems().setAll(pages);
        list.setPrefWidth(320); // the longest title ("SISA: Sharded, Isolated, Sliced, Aggregated") whole
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Concepts.Page page, boolean empty) {
                super.updateItem(page, empty);
                setText(empty || page == null ? null : page.title());
            }
        });
        Label title = new Label();
        title.setId("concept-title");
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        VBox text = new VBox(10);
        text.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(text);
        scroll.setFitToWidth(true);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, page) -> {
            text.getChildren().setAll(title);
            if (page == null) {
                return;
            }
            title.setText(page.title());
            for (String paragraph : page.paragraphs()) {
                Label l = new Label(paragraph);
                l.setWrapText(true);
                l.getStyleClass().add("lesson-text");
                text.getChildren().add(l);
            }
        });
        BorderPane root = new BorderPane(scroll);
        root.setLeft(list);
        root.setId("concept-window");
        stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Concepts — Unlearn Explorer");
        stage.setScene(Styles.apply(new Scene(root, 900, 540)));
        stage.setOnHidden(e -> stage = null);
    }
}
