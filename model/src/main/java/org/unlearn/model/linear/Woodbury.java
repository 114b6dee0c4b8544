package org.unlearn.model.linear;

import org.ejml.data.DMatrixRMaj;
import org.unlearn.model.data.TrainingSet;

/**
 * H_rem⁻¹ = H⁻¹ + H⁻¹U (I − UᵀH⁻¹U)⁻¹ UᵀH⁻¹ for k removed rows U = [√wᵢ x̃ᵢ], on the {@link Tiles} kernel: Z =
 * UᵀH⁻¹ (k d²), the core C = I − ZU (k² d), its factor C = LLᵀ, V = L⁻¹Z (k² d / 2), and H⁻¹ + VᵀV, lower
 * triangle mirrored (k d² / 2): 1.5 k d² in all where the general products took 2 k d². The products
 * share their bands of four rows out to the cores; every entry is one chain of fused multiply-adds computed
 * by one thread, so the bits depend on neither the threads nor the kernel.
 */
final class Woodbury {
    private Woodbury() {}

    /** The inverse without the rows, or an IndefiniteStepException when the core is not positive definite. */
    static DMatrixRMaj without(DMatrixRMaj hInv, TrainingSet rows, int[] removed, double[] sqrtW) {
        return without(hInv, rows, removed, sqrtW, Bands.cores(), Tiles.forWidth(hInv.numRows));
    }

    static DMatrixRMaj without(
            DMatrixRMaj hInv, TrainingSet rows, int[] removed, double[] sqrtW, int threads, Tiles kernel) {
        int d = hInv.numRows;
        int k = removed.length;
        int w = kernel.width();
        int sd = Bands.up(d, w);
        int sk = Bands.up(k, w);
        int k4 = Bands.up(k, 4);
        // H⁻¹ padded to the kernel's tiles; it becomes H_rem⁻¹ in place
        double[] h = new double[Bands.up(d, 4) * sd];
        for (int i = 0; i < d; i++) {
            System.arraycopy(hInv.data, i * d, h, i * sd, d);
        }
        // Uᵀ (k × d) and U (d × k)
        double[] ut = new double[k4 * d];
        double[] u = new double[d * sk];
        for (int c = 0; c < k; c++) {
            double[] x = rows.row(removed[c]);
            double s = sqrtW[c];
            for (int j = 0; j < x.length; j++) {
                ut[c * d + j] = s * x[j];
                u[j * sk + c] = s * x[j];
            }
            ut[c * d + x.length] = s;
            u[x.length * sk + c] = s;
        }
        double[] z = new double[k4 * sd];
        Bands.each(k4 / 4, threads, (long) k * d * d, b -> {
            for (int t0 = 0; t0 < d; t0 += w) {
                kernel.tile(ut, d, h, sd, z, sd, 4 * b, t0, 0, d);
            }
        });
        double[] g = new double[k4 * sk];
        Bands.each(k4 / 4, threads, (long) k * k * d, b -> {
            for (int t0 = 0; t0 < k; t0 += w) {
                kernel.tile(z, sd, u, sk, g, sk, 4 * b, t0, 0, d);
            }
        });
        DMatrixRMaj core = new DMatrixRMaj(k, k);
        for (int a = 0; a < k; a++) {
            for (int c = 0; c < k; c++) {
                core.data[a * k + c] = (a == c ? 1 : 0) - g[a * sk + c];
            }
        }
        // I − UᵀH⁻¹U is positive definite because H_rem ⪰ λI
        Cholesky factor = Cholesky.of(core, 1, kernel);
        if (factor == null) {
            throw new IndefiniteStepException();
        }
        factor.forward(z, sd, d, kernel);
        double[] v = new double[Bands.up(d, 4) * sk];
        for (int a = 0; a < k; a++) {
            for (int i = 0; i < d; i++) {
                v[i * sk + a] = z[a * sd + i];
            }
        }
        int dBands = Bands.up(d, 4) / 4;
        Bands.each(dBands, threads, (long) k * d * d / 2, b -> {
            int i0 = 4 * b;
            for (int t0 = 0; t0 <= Math.min(d - 1, i0 + 3); t0 += w) {
                kernel.tile(v, sk, z, sd, h, sd, i0, t0, 0, k);
            }
        });
        DMatrixRMaj out = new DMatrixRMaj(d, d);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double x = h[i * sd + j];
                out.data[i * d + j] = x;
                out.data[j * d + i] = x;
            }
        }
        return out;
    }
}
