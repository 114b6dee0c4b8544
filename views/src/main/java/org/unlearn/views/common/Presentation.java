package org.unlearn.views.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Scene;

/**
 * Presentation mode for a classroom: larger (or smaller) type across the whole scene, and a high-contrast look.
 * The app's stylesheet sets its font sizes in pixels, so scaling the root's size alone would leave most text as
 * it was; instead every {@code -fx-font-size} of the sheet is written again, multiplied, into a stylesheet of its
 * own added after it. High contrast is the style class {@value #HIGH_CONTRAST} on the root, with its own sheet.
 */
public final class Presentation {
    public static final String HIGH_CONTRAST = "high-contrast";
    public static final double MIN_SCALE = 0.8;
    public static final double MAX_SCALE = 2.5;
    private static final double STEP = 0.1;
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)\\}");
    private static final Pattern FONT_SIZE = Pattern.compile("-fx-font-size:\\s*([0-9.]+)px");
    private static final String SHEET_TEXT = read("/org/unlearn/views/unlearn.css");
    private static final String CONTRAST_SHEET = Objects.requireNonNull(
                    Presentation.class.getResource("/org/unlearn/views/high-contrast.css"),
                    "high-contrast.css missing from the views jar")
            .toExternalForm();

    private final DoubleProperty scale = new SimpleDoubleProperty(1);
    private final BooleanProperty highContrast = new SimpleBooleanProperty(false);
    private Scene scene;
    private String scaledSheet;
    private boolean restyling;

    public Presentation() {
        scale.addListener(o -> restyle());
        highContrast.addListener(o -> restyle());
    }

    /** The scene this mode styles; its later changes follow. */
    public void attach(Scene scene) {
        this.scene = Objects.requireNonNull(scene);
        scene.rootProperty().addListener(o -> restyle());
        // A sheet added after ours (the app's own, applied once the scene exists) would override the sizes: ours
        // go back to the end, after the change (a list cannot be changed from its own listener).
        scene.getStylesheets().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (!restyling && !oursLast()) {
                javafx.application.Platform.runLater(this::restyle);
            }
        });
        restyle();
    }

    /** The type's size relative to the normal, from {@value #MIN_SCALE} to {@value #MAX_SCALE}. */
    public DoubleProperty scaleProperty() {
        return scale;
    }

    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    public void larger() {
        scale.set(clamp(scale.get() + STEP));
    }

    public void smaller() {
        scale.set(clamp(scale.get() - STEP));
    }

    public void normalSize() {
        scale.set(1);
    }

    /** Clamped to the allowed range and rounded to a tenth, so a remembered value reads back as it was set. */
    public static double clamp(double s) {
        double bounded = Double.isNaN(s) ? 1 : Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
        return Math.round(bounded * 10) / 10.0;
    }

    private boolean oursLast() {
        java.util.List<String> sheets = scene.getStylesheets();
        int ours = (scaledSheet == null ? 0 : 1) + (highContrast.get() ? 1 : 0);
        int n = sheets.size();
        return (scaledSheet == null || sheets.subList(Math.max(0, n - ours), n).contains(scaledSheet))
                && (!highContrast.get()
                        || sheets.subList(Math.max(0, n - ours), n).contains(CONTRAST_SHEET));
    }

    private void restyle() {
        if (scene == null) {
            return;
        }
        restyling = true;
        try {
            restyleNow();
        } finally {
            restyling = false;
        }
    }

    private void restyleNow() {
        if (scaledSheet != null) {
            scene.getStylesheets().remove(scaledSheet);
            scaledSheet = null;
        }
        double s = clamp(scale.get());
        if (s != 1) {
            scaledSheet = dataUri(scaled(SHEET_TEXT, s));
            scene.getStylesheets().add(scaledSheet);
        }
        scene.getStylesheets().remove(CONTRAST_SHEET);
        if (scene.getRoot() != null) {
            scene.getRoot().getStyleClass().remove(HIGH_CONTRAST);
            if (highContrast.get()) {
                scene.getStylesheets().add(CONTRAST_SHEET);
                scene.getRoot().getStyleClass().add(HIGH_CONTRAST);
            }
        }
    }

    /** Every rule of the sheet that sets a font size, with only that size, multiplied. */
    static String scaled(String css, double factor) {
        String plain = css.replaceAll("(?s)/\\*.*?\\*/", "");
        StringBuilder out = new StringBuilder();
        Matcher rule = RULE.matcher(plain);
        while (rule.find()) {
            Matcher size = FONT_SIZE.matcher(rule.group(2));
            if (size.find()) {
                double px = Double.parseDouble(size.group(1)) * factor;
                out.append(rule.group(1).strip())
                        .append(" { -fx-font-size: ")
                        .append(String.format(Locale.ROOT, "%.2f", px))
                        .append("px; }\n");
            }
        }
        return out.toString();
    }

    private static String dataUri(String css) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    private static String read(String resource) {
        try (var in = Objects.requireNonNull(Presentation.class.getResourceAsStream(resource), resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(resource + " unreadable", e);
        }
    }
}
