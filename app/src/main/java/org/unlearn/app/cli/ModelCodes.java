package org.unlearn.app.cli;

import java.util.Iterator;
import org.unlearn.model.family.Families;

/** The registered families' codes, for {@code --model}'s help and completion. */
final class ModelCodes implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return Families.codes().iterator();
    }
}
