package org.unlearn.app;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.unlearn.model.data.SampleCatalogue;
import org.unlearn.views.forget.ForgetViewModel;

/**
 * The menu bar: File (open a file or a sample, quit), View (start screen, dataset, train and forget, cost
 * and consequences), Model
 * (train, forget, check against a retrain; active while the forget view is shown) and Help.
 */
final class MainMenu {
    private MainMenu() {
    }

    static MenuBar build(MainWindow window) {
        MenuBar bar = new MenuBar(file(window), view(window), model(window), help(window));
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static Menu file(MainWindow window) {
        MenuItem open = item("Open CSV…", "menu-open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> window.start().openFile());
        open.disableProperty().bind(window.start().openExecutableProperty().not());
        Menu samples = new Menu("Open sample");
        samples.setId("menu-samples");
        for (SampleCatalogue.Sample s : window.start().samples()) {
            MenuItem sample = new MenuItem(s.name());
            sample.setOnAction(e -> window.start().openSample(s));
            sample.disableProperty().bind(window.start().openExecutableProperty().not());
            samples.getItems().add(sample);
        }
        if (samples.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No sample datasets found");
            none.setDisable(true);
            samples.getItems().add(none);
        }
        MenuItem quit = item("Quit", "menu-quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> window.quit());
        Menu file = new Menu("_File", null, open, samples, new SeparatorMenuItem(), quit);
        file.setId("menu-file");
        return file;
    }

    private static Menu view(MainWindow window) {
        MenuItem start = item("Start screen", "menu-start", new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN));
        start.setOnAction(e -> window.showStart());
        MenuItem data = item("Dataset", "menu-data", new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        data.setOnAction(e -> window.showData());
        data.disableProperty().bind(window.data().loadedProperty().not());
        data.textProperty().bind(Bindings.createStringBinding(() -> window.data().loadedProperty().get()
                ? "Dataset: " + window.data().titleProperty().get() : "Dataset", window.data().loadedProperty(),
                window.data().titleProperty()));
        MenuItem forget = item("Train and forget", "menu-forget", new KeyCodeCombination(KeyCode.DIGIT3,
                KeyCombination.SHORTCUT_DOWN));
        forget.setOnAction(e -> window.showForget());
        forget.disableProperty().bind(window.data().loadedProperty().not());
        MenuItem consequences = item("Cost and consequences", "menu-consequences", new KeyCodeCombination(KeyCode.DIGIT4,
                KeyCombination.SHORTCUT_DOWN));
        consequences.setOnAction(e -> window.showConsequences());
        consequences.disableProperty().bind(window.data().loadedProperty().not());
        return new Menu("_View", null, start, data, forget, consequences);
    }

    private static Menu model(MainWindow window) {
        ForgetViewModel forget = window.forget();
        BooleanBinding shown = window.showingForgetProperty().not();
        MenuItem train = item("Train", "menu-train", new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN));
        train.setOnAction(e -> forget.train());
        train.disableProperty().bind(shown.or(forget.chain().trainExecutableProperty().not()));
        MenuItem picked = item("Forget the picked rows", "menu-forget-picked",
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        picked.setOnAction(e -> forget.forget());
        picked.disableProperty().bind(shown.or(forget.chain().forgetExecutableProperty().not()));
        MenuItem verify = item("Check against a retrain from scratch", "menu-verify",
                new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN));
        verify.setOnAction(e -> forget.verify());
        verify.disableProperty().bind(shown.or(forget.chain().verifyExecutableProperty().not()));
        MenuItem clear = item("Pick no rows", "menu-clear-picks", null);
        clear.setOnAction(e -> forget.clearPicks());
        clear.disableProperty().bind(shown.or(Bindings.createBooleanBinding(
                () -> forget.picks().pickedProperty().get().isEmpty(), forget.picks().pickedProperty())));
        return new Menu("_Model", null, train, picked, verify, new SeparatorMenuItem(), clear);
    }

    private static Menu help(MainWindow window) {
        MenuItem about = item("About Unlearn Explorer", "menu-about", null);
        about.setOnAction(e -> AboutDialog.show(window.getScene().getWindow()));
        return new Menu("_Help", null, about);
    }

    private static MenuItem item(String text, String id, KeyCombination accelerator) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        return item;
    }
}
