package org.unlearn.model.data;

import org.unlearn.model.BadInputException;

/** Projection onto two chosen encoded features, as they are. */
public record ColumnPairProjection(int xFeature, int yFeature, String xLabel, String yLabel) implements Projection {
    public static ColumnPairProjection of(TrainingSet data, String xName, String yName) {
        return new ColumnPairProjection(index(data, xName), index(data, yName), xName, yName);
    }

    private static int index(TrainingSet data, String name) {
        int i = data.features().indexOf(name);
        if (i < 0) {
            throw new BadInputException("no feature named \"" + name + "\" (features: " + data.features() + ")");
        }
        return i;
    }

    @Override
    public double[] project(double[] row) {
        return new double[] {row[xFeature], row[yFeature]};
    }
}
