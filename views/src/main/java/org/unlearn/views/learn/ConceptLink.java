package org.unlearn.views.learn;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Hyperlink;
import org.unlearn.views.common.Tips;

/**
 * The seam between the views' "What am I looking at?" help and the concept pages: a view names the page
 * that explains what it shows, and gets a link that opens Help ▸ Concepts there.
 */
public final class ConceptLink {
    private ConceptLink() {}

    /** "More about SISA…": opens the concept page {@code conceptId} ("sisa", "dare", …). */
    public static Hyperlink more(String conceptId) {
        Hyperlink link = new Hyperlink("More about " + shortTitle(conceptId) + "…");
        link.setId("concept-link-" + conceptId);
        link.getStyleClass().add("concept-link");
        link.setOnAction(e -> {
            link.setVisited(false);
            ConceptWindow.show(link.getScene() == null ? null : link.getScene().getWindow(), conceptId);
        });
        return link;
    }

    /**
     * "What am I looking at?": the short help under the mouse, and a click (or Enter) that opens the concept
     * page, since a link that only shows a tooltip looks broken to whoever clicks it.
     */
    public static Hyperlink whatAmI(String help, String conceptId) {
        Hyperlink link = more(conceptId);
        link.setText("What am I looking at?");
        link.getStyleClass().add("what-am-i-link");
        link.setTooltip(Tips.teach(help + " (Click for the concept page.)"));
        return link;
    }

    /** "What am I looking at?" for a view whose page changes with what it shows; hidden while there is none. */
    public static Hyperlink whatAmI(String help, ObservableValue<String> conceptId) {
        Hyperlink link = new Hyperlink("What am I looking at?");
        link.getStyleClass().addAll("concept-link", "what-am-i-link");
        link.setTooltip(Tips.teach(help + " (Click for the concept page.)"));
        link.setOnAction(e -> {
            link.setVisited(false);
            ConceptWindow.show(link.getScene() == null ? null : link.getScene().getWindow(), conceptId.getValue());
        });
        link.visibleProperty().bind(Bindings.createBooleanBinding(() -> conceptId.getValue() != null, conceptId));
        link.managedProperty().bind(link.visibleProperty());
        return link;
    }

    /** The page's title before any colon, lower-cased where it is an ordinary word ("retraining", "SISA"). */
    static String shortTitle(String conceptId) {
        String title = Concepts.page(conceptId).title().split(":")[0].strip();
        String first = title.split(" ")[0];
        boolean ordinaryWord = first.length() > 1 && first.substring(1).chars().allMatch(Character::isLowerCase);
        return ordinaryWord ? Character.toLowerCase(title.charAt(0)) + title.substring(1) : title;
    }
}
