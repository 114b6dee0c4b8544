package org.unlearn.model.session;

import java.nio.file.Path;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.ColumnRoles;
import org.unlearn.model.data.Dataset;
import org.unlearn.model.data.Encoding;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.data.Split;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.Configured;

/**
 * A session's data copy as read and encoded, and its model (read back from its stored state or trained on the
 * copy), loaded when first needed.
 *
 * @param bytes the copy's bytes
 * @param read  the copy as read (its rows' source lines, for rewriting it without rows)
 * @param data  the copy with the session's row ids
 */
record Loaded(byte[] bytes, Dataset read, Dataset data, SessionModel<?> model) {
    /** The copy's rows encoded as the recipe says, under the ids the session records. */
    static PreparedData prepare(Path copy, Dataset read, Recipe recipe, int[] ids) {
        if (read.rowCount() != ids.length) {
            throw new BadInputException(
                    copy + ": holds " + read.rowCount() + " rows, the session records " + ids.length);
        }
        Dataset data = read.withRowIds(recipe.source(), ids);
        return PreparedData.prepare(ColumnRoles.infer(data, recipe.label()), Encoding.Options.DEFAULT);
    }

    /** The ids held out for scoring, drawn once when the session is created. */
    static int[] heldOut(Configured<?> family, PreparedData data, Recipe recipe) {
        if (!family.family().group().supervised()) {
            return new int[0];
        }
        TrainingSet all = family.prepare(data.rows());
        return Split.of(all, recipe.testFraction(), recipe.seed()).test().rowIds();
    }
}
