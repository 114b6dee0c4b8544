// One side of ridge_pieces_ab.sh: the pieces of a ridge retrain (the Gram on one thread and on the default
// threads, the Cholesky factor on one thread, the whole fit), compiled into the model's package against one build.
package org.unlearn.model.linear;

import java.nio.file.Path;
import java.util.*;
import org.ejml.data.DMatrixRMaj;
import org.unlearn.model.data.*;
import org.unlearn.model.util.Progress;

public class Pieces {
    static TrainingSet load(String name) throws Exception {
        switch (name) {
            case "credit": return PreparedData.load(Path.of("sample-data/credit_data.csv"), "Status", Encoding.Options.DEFAULT, Progress.NONE).rows();
            case "attrition": return PreparedData.load(Path.of("sample-data/employee_attrition.csv"), "Attrition", Encoding.Options.DEFAULT, Progress.NONE).rows();
            default: {
                TrainingSet rows = PreparedData.load(Path.of("sample-data/mnist_10k.csv.gz"), "label", Encoding.Options.DEFAULT, Progress.NONE).rows();
                int a = rows.classes().indexOf("3"), b = rows.classes().indexOf("8");
                List<Integer> keep = new ArrayList<>();
                for (int p = 0; p < rows.size(); p++) if (rows.label(p) == a || rows.label(p) == b) keep.add(p);
                double[][] x = new double[keep.size()][]; int[] ids = new int[keep.size()]; int[] y = new int[keep.size()];
                for (int i = 0; i < x.length; i++) { int p = keep.get(i); x[i] = rows.row(p); ids[i] = rows.rowId(p); y[i] = rows.label(p) == a ? 0 : 1; }
                return new TrainingSet(rows.name(), x, ids, y, null, List.of("3", "8"), rows.features());
            }
        }
    }

    public static Runnable[] work(String name) throws Exception {
        TrainingSet data = load(name);
        TrainingSet left = data.without(data.rowId(0));
        Problem pr = RidgeModel.problems(left, 1).get(0);
        int n = left.size(), d1 = left.dimension() + 1;
        double[] y = new double[n];
        for (int p = 0; p < n; p++) y[p] = pr.response().of(left, p);
        DMatrixRMaj h = Gram.withResponse(left, y, new double[d1]);
        for (int j = 0; j < d1; j++) h.add(j, j, 1);
        return new Runnable[] {
            () -> Gram.withResponse(left, y, new double[d1], 1),
            () -> Gram.withResponse(left, y, new double[d1]),
            () -> Cholesky.of(h, 1, Tiles.forWidth(d1)),
            () -> RidgeModel.fit(left, RidgeModel.Options.of(1), 1, Progress.NONE)};
    }
}
