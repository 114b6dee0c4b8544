package org.unlearn.model.linear;

import org.unlearn.model.util.VectorKernels;

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
        Dot d = VectorKernels.load(Dot.class, "org.unlearn.model.linear.VectorDot", SCALAR);
        return d.usable() ? d : SCALAR;
    }

    boolean usable() {
        return true;
    }

    /** The sixteen sums as scalars (in locals: an array per call would be an allocation per row). */
    static final class Scalar extends Dot {
        @Override
        double dot(double[] a, double[] x) {
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
            double s8 = 0, s9 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0, s14 = 0, s15 = 0;
            int n = x.length;
            int j = 0;
            for (; j + 15 < n; j += 16) {
                s0 = Math.fma(a[j], x[j], s0);
                s1 = Math.fma(a[j + 1], x[j + 1], s1);
                s2 = Math.fma(a[j + 2], x[j + 2], s2);
                s3 = Math.fma(a[j + 3], x[j + 3], s3);
                s4 = Math.fma(a[j + 4], x[j + 4], s4);
                s5 = Math.fma(a[j + 5], x[j + 5], s5);
                s6 = Math.fma(a[j + 6], x[j + 6], s6);
                s7 = Math.fma(a[j + 7], x[j + 7], s7);
                s8 = Math.fma(a[j + 8], x[j + 8], s8);
                s9 = Math.fma(a[j + 9], x[j + 9], s9);
                s10 = Math.fma(a[j + 10], x[j + 10], s10);
                s11 = Math.fma(a[j + 11], x[j + 11], s11);
                s12 = Math.fma(a[j + 12], x[j + 12], s12);
                s13 = Math.fma(a[j + 13], x[j + 13], s13);
                s14 = Math.fma(a[j + 14], x[j + 14], s14);
                s15 = Math.fma(a[j + 15], x[j + 15], s15);
            }
            // lane l of the four registers v0..v3, added as (v0 + v1) + (v2 + v3), then the lanes
            double u0 = (s0 + s4) + (s8 + s12);
            double u1 = (s1 + s5) + (s9 + s13);
            double u2 = (s2 + s6) + (s10 + s14);
            double u3 = (s3 + s7) + (s11 + s15);
            double tail = 0;
            for (; j < n; j++) {
                tail = Math.fma(a[j], x[j], tail);
            }
            return ((u0 + u1) + (u2 + u3)) + tail;
        }
    }
}
