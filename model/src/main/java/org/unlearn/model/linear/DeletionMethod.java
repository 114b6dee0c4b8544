package org.unlearn.model.linear;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.unlearn.model.BadInputException;

/** How a linear model forgets rows. Only {@link #EXACT} equals a retrain; the others approximate it. */
public enum DeletionMethod {
    /** Retrain from scratch on the remaining rows: the exact optimum, bit for bit. */
    EXACT("exact"),
    /** One Newton step with the Hessian of the data before the deletion: θ + H⁻¹ Σ∇ℓ_i. */
    INFLUENCE("influence"),
    /** One Newton step with the Hessian of the remaining data (Guo et al.): θ + H_rem⁻¹ Σ∇ℓ_i. */
    NEWTON("newton"),
    /** The projective residual update (Izzo et al.): the Newton step projected onto span(x_1..x_k). */
    PRU("pru");

    private final String code;

    DeletionMethod(String code) {
        this.code = code;
    }

    /** The name used on the command line and in provenance. */
    public String code() {
        return code;
    }

    public boolean exact() {
        return this == EXACT;
    }

    /** The method named by a code; a clear message for an unknown one. */
    public static DeletionMethod of(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        for (DeletionMethod m : values()) {
            if (m.code.equals(c)) {
                return m;
            }
        }
        throw new BadInputException("unknown deletion method \"" + code + "\" (methods: "
                + Arrays.stream(values()).map(DeletionMethod::code).collect(Collectors.joining(", ")) + ")");
    }
}
