package org.unlearn.model.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unlearn.model.BadInputException;

/**
 * The model options a bench run (or the app's model panel) was given, each null when not given so the
 * family applies its own default. Families validate what they use.
 *
 * @param k            clusters (k-means family)
 * @param epsilon      quantization width (Q-k-means)
 * @param leaves       leaves of the divide-and-conquer tree (DC-k-means)
 * @param iterations   iteration cap (k-means, optimizers)
 * @param shards       S (SISA)
 * @param slices       R (SISA)
 * @param learner      constituent learner (SISA: softmax, mlp, tree)
 * @param epochs       training epochs (SISA)
 * @param method       deletion method (linear: exact, influence, newton, pru)
 * @param lambda       L2 regularization (linear)
 * @param extra        any further family options as name=value
 */
public record ModelParameters(Integer k, Double epsilon, Integer leaves, Integer iterations, Integer shards,
                              Integer slices, String learner, Integer epochs, String method, Double lambda,
                              Map<String, String> extra) {
    public static final ModelParameters DEFAULTS =
            new ModelParameters(null, null, null, null, null, null, null, null, null, null, Map.of());

    public ModelParameters {
        extra = Map.copyOf(extra == null ? Map.of() : extra);
    }

    public int kOr(int fallback) {
        return k != null ? k : fallback;
    }

    public double epsilonOr(double fallback) {
        return epsilon != null ? epsilon : fallback;
    }

    public int leavesOr(int fallback) {
        return leaves != null ? leaves : fallback;
    }

    public int iterationsOr(int fallback) {
        return iterations != null ? iterations : fallback;
    }

    public int shardsOr(int fallback) {
        return shards != null ? shards : fallback;
    }

    public int slicesOr(int fallback) {
        return slices != null ? slices : fallback;
    }

    public String learnerOr(String fallback) {
        return learner != null ? learner : fallback;
    }

    public int epochsOr(int fallback) {
        return epochs != null ? epochs : fallback;
    }

    public String methodOr(String fallback) {
        return method != null ? method : fallback;
    }

    public double lambdaOr(double fallback) {
        return lambda != null ? lambda : fallback;
    }

    /** The options given, by their command-line names ("--k", "--epsilon", ...), in declaration order. */
    public List<String> givenFlags() {
        List<String> out = new ArrayList<>();
        Object[] values = {k, epsilon, leaves, iterations, shards, slices, learner, epochs, method, lambda};
        String[] names = {"--k", "--epsilon", "--leaves", "--iterations", "--shards", "--slices", "--learner",
            "--epochs", "--method", "--lambda"};
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null) {
                out.add(names[i]);
            }
        }
        return out;
    }

    /**
     * Refuses every option given that a model does not use, so a typo never silently runs the defaults.
     *
     * @param flags  the command-line options the model uses ("--k", ...)
     * @param extras the {@code --set} names it uses
     */
    public void refuseAllBut(String model, Set<String> flags, List<String> extras) {
        for (String name : extra.keySet()) {
            if (!extras.contains(name)) {
                throw new BadInputException("--set " + name + " is not an option of " + model + " (options: "
                        + String.join(", ", extras) + ")");
            }
        }
        for (String flag : givenFlags()) {
            if (!flags.contains(flag)) {
                throw new BadInputException(flag + " is not an option of " + model);
            }
        }
    }

    /** A further option as a number, or the fallback when not given; refuses text that is not a finite number. */
    public double numberOr(String name, double fallback) {
        String v = extra.get(name);
        if (v == null) {
            return fallback;
        }
        double d;
        try {
            d = Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException("--set " + name + "=" + v + ": not a number");
        }
        if (!Double.isFinite(d)) {
            throw new BadInputException("--set " + name + "=" + v + ": not a finite number");
        }
        return d;
    }

    /** A further option as a whole number (a count), or the fallback; refuses fractions and numbers past 2^31. */
    public int wholeOr(String name, int fallback) {
        double d = numberOr(name, fallback);
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw new BadInputException("--set " + name + "=" + extra.get(name) + ": not a whole number of a sensible size");
        }
        return (int) d;
    }

    /** A further option by name, or the fallback. */
    public String extraOr(String name, String fallback) {
        return extra.getOrDefault(name, fallback);
    }
}
