package org.unlearn.model.family;

/** The headings families are listed under. */
public enum Group {
    /** Unsupervised: every row is used, no label needed; quality is measured on the rows the model holds. */
    CLUSTERING("Clustering"),
    /** Supervised: learns the label, trained on part of the rows and scored on the rows held out. */
    LABEL("Learning the label");

    private final String title;

    Group(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** True when models of this group need a label and are scored on held-out rows. */
    public boolean supervised() {
        return this == LABEL;
    }
}
