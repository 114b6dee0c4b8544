package org.unlearn.model.family.builtin;

import java.util.ArrayList;
import java.util.List;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.BadOptionException;

/** The rows of two named classes of the label, relabelled 0 and 1 in the order given. */
final class TwoClasses {
    private TwoClasses() {}

    static TrainingSet keep(TrainingSet rows, String spec) {
        String[] names = spec.split(",");
        if (names.length != 2 || !rows.isClassification()) {
            throw new BadOptionException(
                    LinearFamily.CLASSES, "classes names two classes of a class label, not \"" + spec + "\"");
        }
        int[] index = new int[2];
        for (int i = 0; i < 2; i++) {
            index[i] = rows.classes().indexOf(names[i].strip());
            if (index[i] < 0) {
                throw new BadOptionException(
                        LinearFamily.CLASSES,
                        "classes: \"" + names[i].strip() + "\" is not a class of the label (classes: "
                                + String.join(", ", rows.classes()) + ")");
            }
        }
        if (index[0] == index[1]) {
            throw new BadOptionException(LinearFamily.CLASSES, "classes needs two different classes");
        }
        List<Integer> keep = new ArrayList<>();
        for (int p = 0; p < rows.size(); p++) {
            if (rows.label(p) == index[0] || rows.label(p) == index[1]) {
                keep.add(p);
            }
        }
        double[][] x = new double[keep.size()][];
        int[] ids = new int[keep.size()];
        int[] y = new int[keep.size()];
        for (int i = 0; i < x.length; i++) {
            int p = keep.get(i);
            x[i] = rows.row(p);
            ids[i] = rows.rowId(p);
            y[i] = rows.label(p) == index[0] ? 0 : 1;
        }
        return new TrainingSet(
                rows.name(), x, ids, y, null, List.of(names[0].strip(), names[1].strip()), rows.features());
    }
}
