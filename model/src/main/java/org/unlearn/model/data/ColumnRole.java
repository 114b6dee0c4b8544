package org.unlearn.model.data;

/** What a column is for when a model is trained. */
public enum ColumnRole {
    /** The value to predict. */
    LABEL("label"),
    /** An input of the model. */
    FEATURE("feature"),
    /** Names a row (a name, an id number); never an input. */
    IDENTIFIER("identifier"),
    /** Left out: constant, free text, or a copy of the label. */
    IGNORED("ignored");

    private final String label;

    ColumnRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ColumnRole parse(String text) {
        for (ColumnRole r : values()) {
            if (r.label.equalsIgnoreCase(text.strip()) || r.name().equalsIgnoreCase(text.strip())) {
                return r;
            }
        }
        throw new org.unlearn.model.BadInputException(
                "unknown column role \"" + text + "\" (use label, feature, identifier or ignored)");
    }
}
