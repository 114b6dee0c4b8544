package org.unlearn.views.forget;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.unlearn.model.family.BadOptionException;
import org.unlearn.model.family.OptionSpec;
import org.unlearn.model.family.OptionType;

/**
 * One option of the chosen family as the form holds it: its spec (what the field is), the text as typed,
 * the hint an empty field shows (the default the engine will take), and its own refusal in plain words.
 * The text starts at the spec's default, so the form cannot drift from the engine.
 */
public final class OptionInput {
    /**
     * The longest note an empty field shows whole: the form's fields are narrow (the layout must hold at
     * 1024x700), so a longer one ("not certified") is shown short and whole in the tooltip.
     */
    static final int PROMPT_CHARS = 8;

    private final OptionSpec spec;
    private final StringProperty text;
    private final ReadOnlyStringWrapper prompt;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    OptionInput(OptionSpec spec) {
        this.spec = spec;
        this.text = new SimpleStringProperty(spec.hasDefault() ? spec.defaultValue() : "");
        this.prompt = new ReadOnlyStringWrapper(shortNote(spec.defaultNote()));
    }

    public OptionSpec spec() {
        return spec;
    }

    public String name() {
        return spec.name();
    }

    /** The option's name for people, with its unit: "grid width (standard deviations)". */
    public String label() {
        String title = spec.title().isEmpty() ? spec.name() : spec.title();
        String head = Character.toUpperCase(title.charAt(0)) + title.substring(1);
        return spec.unit().isEmpty() ? head : head + " (" + spec.unit() + ")";
    }

    /** The help a tooltip shows: what it changes, what it allows, and its default. */
    public String help() {
        StringBuilder out = new StringBuilder(spec.help());
        String range = spec.range();
        if (!range.isEmpty()) {
            out.append(out.length() == 0 ? "" : " ")
                    .append("Allowed: ")
                    .append(range)
                    .append('.');
        }
        if (spec.hasDefault()) {
            out.append(" Default ").append(spec.defaultValue()).append('.');
        } else if (spec.defaultNote() != null) {
            out.append(" Empty: ").append(spec.defaultNote()).append('.');
        }
        return out.toString().strip();
    }

    /** True when the field is a choice among names (a drop-down) rather than typed. */
    public boolean isChoice() {
        return spec.type() == OptionType.CHOICE || spec.type() == OptionType.FLAG;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** What an empty field stands for: the value the engine would choose ("3"), else its note; empty with a default. */
    public ReadOnlyStringProperty promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    /** The value the engine would choose for the rows at hand, shown in the empty field; null for none known. */
    void suggest(String value) {
        String note = spec.defaultNote();
        prompt.set(value != null ? value : shortNote(note));
    }

    /**
     * What an empty field reads: the engine's note when it fits, else a word for it: "off" for an option that
     * is not used unless given ("not certified"), "all" for "every class", "auto" for one the engine works out.
     */
    static String shortNote(String note) {
        if (note == null) {
            return "";
        }
        if (note.length() <= PROMPT_CHARS) {
            return note;
        }
        return note.startsWith("not ") ? "off" : note.startsWith("every ") ? "all" : "auto";
    }

    /** The engine's whole note for an empty field when the field may show it short; empty when it never does. */
    public String longNote() {
        String note = spec.defaultNote();
        return note == null || spec.hasDefault() || note.equals(shortNote(note)) ? "" : "empty: " + note;
    }

    /** True while the empty field shows its note short ("off"), not a figure the data decides ("3"). */
    public boolean promptShortened() {
        return !longNote().isEmpty() && prompt.get().equals(shortNote(spec.defaultNote()));
    }

    /** This option's refusal, one line in plain words; empty when its value is accepted. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    void refuse(String message) {
        error.set(message);
    }

    /** The value as the engine takes it, or null for an empty field (the engine's default); refusals are kept. */
    String checked() {
        String typed = text.get() == null ? "" : text.get().strip();
        if (typed.isEmpty()) {
            error.set("");
            return null;
        }
        try {
            String canonical = spec.canonical(typed);
            error.set("");
            return canonical;
        } catch (BadOptionException e) {
            error.set(e.getMessage());
            return null;
        }
    }
}
