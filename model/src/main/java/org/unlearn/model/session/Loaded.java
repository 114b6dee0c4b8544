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
 * @param prepared the copy with the session's row ids, encoded as the model was trained
 */
record Loaded(byte[] bytes, Dataset read, PreparedData prepared, SessionModel<?> model) {
    /** The copy with the session's row ids (named as the source file). */
    Dataset data() {
        return prepared.dataset();
    }

    /**
     * The copy's rows under the ids the session records, encoded with the session's encoding, or when it has
     * none (a new session, or one written before sessions kept it) with an encoding fitted on the copy.
     */
    static PreparedData prepare(Path copy, Dataset read, Recipe recipe, int[] ids, Encoding kept) {
        if (read.rowCount() != ids.length) {
            throw new BadInputException(
                    copy + ": holds " + read.rowCount() + " rows, the session records " + ids.length);
        }
        Dataset data = read.withRowIds(recipe.source(), ids);
        ColumnRoles roles = ColumnRoles.infer(data, recipe.label());
        if (kept == null) {
            return PreparedData.prepare(roles, Encoding.Options.DEFAULT);
        }
        return new PreparedData(data, roles, kept, kept.encode(data));
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
