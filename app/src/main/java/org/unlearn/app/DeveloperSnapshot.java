package org.unlearn.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.SampleCatalogue;
import org.unlearn.model.family.Families;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.forget.ForgetViewModel;

/**
 * A hidden developer option for documentation screenshots: {@code -Dunlearn.screenshot=out.png}, with
 * {@code -Dunlearn.open=penguins} (a sample's name or file name, or a path) to open something first. To show
 * the forget view: {@code -Dunlearn.model=qkmeans} (or any family code the registry knows) trains that model,
 * {@code -Dunlearn.options=k=4,epsilon=0} types options into its fields first (a refused one stays marked, and
 * nothing trains), {@code -Dunlearn.costs=true} measures what the costed option (SISA's shards) costs,
 * {@code -Dunlearn.forget=2,40-43;17} then forgets those rows (one request per {@code ;}),
 * {@code -Dunlearn.verify=true} checks the result against a retrain, {@code -Dunlearn.pick=7} picks rows last,
 * so their plan shows, and {@code -Dunlearn.consequences=compare} (or {@code =show}) shows the cost and
 * consequences view, comparing the methods first ({@code compare:retraining-cost} also picks a tab); {@code -Dunlearn.consolidate=true} consolidates a linear
 * model after the requests; {@code -Dunlearn.step=3} opens the step-through of the last request at its third step;
 * {@code -Dunlearn.theme=dark} takes it in the dark theme (read by
 * UnlearnApplication, which also gives a screenshot run fresh settings, so the user's recent files neither show
 * nor change). Each step waits for the one before to settle; then it saves the window's scene as PNG and quits.
 */
final class DeveloperSnapshot {
    /** Lets the charts and tables finish drawing after the last job; a screenshot, not a test, so waiting is fine. */
    private static final Duration SETTLE = Duration.millis(1500);

    private DeveloperSnapshot() {}

    static void armIfAsked(Stage stage, MainWindow window) {
        String target = System.getProperty("unlearn.screenshot");
        if (target == null) {
            return;
        }
        String open = System.getProperty("unlearn.open");
        if (open != null) {
            Optional<OpenRequest> request = find(window, open);
            if (request.isEmpty()) {
                System.err.println("error: unlearn.open: no sample or file named " + open);
                Platform.exit();
                return;
            }
            window.data().open(request.get());
        }
        List<Runnable> steps = new ArrayList<>(forgetSteps(window));
        String lesson = System.getProperty("unlearn.lesson");
        if (lesson != null) {
            // -Dunlearn.lesson=2:3 shows lesson 2 at its step 3 in the lesson panel, after the steps above.
            steps.add(() -> window.classroom().showLessonStep(lesson));
        }
        steps.add(() -> save(stage, Path.of(target)));
        runInTurn(window, steps);
    }

    /**
     * Types {@code name=value} pairs ("k=4, epsilon=0") into the form's fields, as a person would; a refused
     * value stays in its field with its mark (and nothing trains), which is what a screenshot of it wants.
     */
    private static void typeOptions(ForgetViewModel forget, String typed) {
        for (String pair : typed.split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                forget.form()
                        .option(pair.substring(0, eq).strip())
                        .textProperty()
                        .set(pair.substring(eq + 1).strip());
            }
        }
    }

    private static List<Runnable> forgetSteps(MainWindow window) {
        String family = System.getProperty("unlearn.model");
        if (family == null) {
            return List.of();
        }
        try {
            Families.byCode(family);
        } catch (BadInputException unknown) {
            System.err.println(
                    "error: unlearn.model: no family " + family + " (" + String.join(", ", Families.codes()) + ")");
            Platform.exit();
            return List.of();
        }
        ForgetViewModel forget = window.forget();
        List<Runnable> steps = new ArrayList<>();
        steps.add(() -> {
            window.showForget();
            forget.form().choose(family);
            typeOptions(forget, System.getProperty("unlearn.options", ""));
            forget.train();
        });
        if (Boolean.getBoolean("unlearn.costs")) {
            steps.add(() -> forget.optionCost().measure());
        }
        String rows = System.getProperty("unlearn.forget");
        if (rows != null) {
            for (String request : rows.split(";")) {
                steps.add(() -> {
                    forget.picks().pickTextProperty().set(request.strip());
                    forget.picks().pickTyped();
                    forget.forget();
                });
            }
            if (Boolean.getBoolean("unlearn.verify")) {
                steps.add(forget::verify);
            }
        }
        String pick = System.getProperty("unlearn.pick");
        if (pick != null) {
            steps.add(() -> {
                forget.picks().pickTextProperty().set(pick);
                forget.picks().pickTyped();
            });
        }
        if (Boolean.getBoolean("unlearn.consolidate")) {
            steps.add(() -> forget.chain().consolidate());
        }
        Integer step = Integer.getInteger("unlearn.step");
        if (step != null) {
            steps.add(() -> {
                window.steps().open();
                for (int i = 1; i < step; i++) {
                    window.steps().next();
                }
            });
        }
        String consequences = System.getProperty("unlearn.consequences");
        if (consequences != null) {
            String[] asked = consequences.split(":");
            steps.add(() -> {
                window.showConsequences();
                if (asked[0].equals("compare")) {
                    window.consequences().compare();
                }
            });
            if (asked.length > 1) {
                steps.add(() -> selectTab(window, asked[1]));
            }
        }
        return steps;
    }

    /** The consequences view's tab whose id starts with the name ("quality-drift", "retraining-cost", "before-after"). */
    private static void selectTab(MainWindow window, String name) {
        if (window.lookup("#consequence-tabs") instanceof javafx.scene.control.TabPane tabs) {
            tabs.getTabs().stream()
                    .filter(t -> (name + "-tab").equals(t.getId()))
                    .findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        }
    }

    /** Each step once the work before it has settled. */
    private static void runInTurn(MainWindow window, List<Runnable> steps) {
        if (steps.isEmpty()) {
            return;
        }
        whenSettled(window, () -> {
            steps.get(0).run();
            runInTurn(window, steps.subList(1, steps.size()));
        });
    }

    private static Optional<OpenRequest> find(MainWindow window, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (SampleCatalogue.Sample s : window.start().samples()) {
            String file = s.file().getFileName().toString().toLowerCase(Locale.ROOT);
            if (s.name().toLowerCase(Locale.ROOT).equals(wanted)
                    || file.equals(wanted)
                    || file.startsWith(wanted + ".")) {
                return Optional.of(new OpenRequest(s.file(), s.label()));
            }
        }
        Path path = Path.of(name);
        return Files.isRegularFile(path) ? Optional.of(OpenRequest.inferLabel(path)) : Optional.empty();
    }

    private static void whenSettled(MainWindow window, Runnable action) {
        PauseTransition pause = new PauseTransition(SETTLE);
        pause.setOnFinished(e -> {
            if (window.work().runningProperty().get()) {
                pause.playFromStart();
            } else {
                action.run();
            }
        });
        pause.play();
    }

    private static void save(Stage stage, Path target) {
        try {
            WritableImage image = stage.getScene().snapshot(null);
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", target.toFile());
            System.out.println("screenshot: " + target.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            AppLog.logger(DeveloperSnapshot.class).log(Level.SEVERE, "screenshot failed", e);
            System.err.println("error: screenshot failed: " + e.getMessage());
        }
        Platform.exit();
    }
}
