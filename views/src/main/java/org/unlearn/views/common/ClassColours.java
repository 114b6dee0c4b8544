package org.unlearn.views.common;

/**
 * One colour per class, shared by the scatter plot and the class counts so a class looks the same in
 * both (the forget view colours clusters with them too): Tableau's ten colours (told apart by most
 * colour-blind people), then evenly spread hues.
 */
public final class ClassColours {
    private static final int[] TABLEAU = {
        0x4E79A7, 0xF28E2B, 0xE15759, 0x76B7B2, 0x59A14F, 0xEDC948, 0xB07AA1, 0xFF9DA7, 0x9C755F, 0xBAB0AC
    };
    private static final double GOLDEN_ANGLE = 137.508;

    private ClassColours() {}

    /** The colour of a class index as 0xRRGGBB; -1 (no classes) takes the first colour. */
    public static int rgb(int classIndex) {
        if (classIndex < 0) {
            return TABLEAU[0];
        }
        if (classIndex < TABLEAU.length) {
            return TABLEAU[classIndex];
        }
        double hue = (classIndex * GOLDEN_ANGLE) % 360;
        return java.awt.Color.HSBtoRGB((float) (hue / 360), 0.55f, 0.8f) & 0xFFFFFF;
    }

    public static java.awt.Color awt(int classIndex, int alpha) {
        int rgb = rgb(classIndex);
        return new java.awt.Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, alpha);
    }

    public static javafx.scene.paint.Color fx(int classIndex) {
        int rgb = rgb(classIndex);
        return javafx.scene.paint.Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
