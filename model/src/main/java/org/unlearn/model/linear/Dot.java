package org.unlearn.model.linear;

/**
 * θᵀx̃ for wide rows, in sixteen running sums (sum k takes the columns j ≡ k mod 16, each a chain of fused
 * multiply-adds in column order), added in one fixed tree, then the last columns in one chain: a dot product
 * the JIT does not vectorise on its own (a reduction in one order), so {@link Rows#margin} in four sums ran at
 * a quarter of the speed of the axpy beside it in a Hessian-vector product. With the Vector API present the
 * sixteen sums are four registers of four lanes; without it, sixteen scalars: the same arithmetic, so the
 * same bits either way, on any machine.
 */
abstract class Dot {
    /** Rows from this many columns take these sums; narrower ones keep {@link Rows#margin}'s four. */
    static final int WIDE_FROM = GramKernel.WIDE_FROM;

    static final Dot SCALAR = new Scalar();
    /** The SIMD sums when this JVM has the Vector API (and 256-bit registers), else the scalar ones. */
    static final Dot BEST = choose();

    /** Σ_{j < x.length} a[j] x[j], in the order the class comment gives. */
    abstract double dot(double[] a, double[] x);

    private static Dot choose() {
        if (!Boolean.getBoolean("unlearn.scalarKernel")
                && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            try {
                Dot d = (Dot) Class.forName("org.unlearn.model.linear.VectorDot")
                        .getDeclaredConstructor()
                        .newInstance();
                return d.usable() ? d : SCALAR;
            } catch (ReflectiveOperationException | LinkageError e) {
                // the module is there but unusable: the scalar sums give the same bits
            }
        }
        return SCALAR;
    }

    boolean usable() {
        return true;
    }

    /** The sixteen sums as scalars. */
    static final class Scalar extends Dot {
        @Override
        double dot(double[] a, double[] x) {
            double[] s = new double[16];
            int n = x.length;
            int j = 0;
            for (; j + 15 < n; j += 16) {
                for (int k = 0; k < 16; k++) {
                    s[k] = Math.fma(a[j + k], x[j + k], s[k]);
                }
            }
            return total(s, a, x, j);
        }
    }

    /** ((Σ_k s_k as (v0 + v1) + (v2 + v3) by lane), lanes as (l0 + l1) + (l2 + l3)), plus the tail's chain. */
    static double total(double[] s, double[] a, double[] x, int from) {
        double[] u = new double[4];
        for (int l = 0; l < 4; l++) {
            u[l] = (s[l] + s[4 + l]) + (s[8 + l] + s[12 + l]);
        }
        double tail = 0;
        for (int j = from; j < x.length; j++) {
            tail = Math.fma(a[j], x[j], tail);
        }
        return ((u[0] + u[1]) + (u[2] + u[3])) + tail;
    }
}
