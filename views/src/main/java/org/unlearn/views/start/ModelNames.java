package org.unlearn.views.start;

import org.unlearn.model.BadInputException;
import org.unlearn.model.family.Families;

/** Readable names for the catalogue's model codes, which are the command line's {@code --model} values. */
final class ModelNames {
    private ModelNames() {}

    /** The family's title as the registry has it ("Q-k-means"), or the code itself when no family has it. */
    static String readable(String code) {
        try {
            return Families.byCode(code).title();
        } catch (BadInputException unknown) {
            return code;
        }
    }
}
