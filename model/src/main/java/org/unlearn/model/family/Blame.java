package org.unlearn.model.family;

import java.util.function.Function;
import org.unlearn.model.BadInputException;

/**
 * Turns an engine's refusal of its options into one that names the option to blame, so a form can put it
 * beside the right field: each option is tried alone on a setting the engine accepts, and the first that
 * the engine refuses alone is the one. A refusal no single option causes (a combination) blames the fallback.
 */
public final class Blame {
    private Blame() {}

    /**
     * @param options  the options to build from
     * @param accepted a setting the engine accepts, of the same family
     * @param build    the engine's options from a family's options
     * @param fallback the option blamed when no single one is
     */
    public static <T> T build(Options options, Options accepted, Function<Options, T> build, String fallback) {
        try {
            return build.apply(options);
        } catch (BadOptionException e) {
            throw e;
        } catch (BadInputException e) {
            for (String name : options.asMap().keySet()) {
                if (refuses(build, accepted.with(name, options.text(name)))) {
                    throw new BadOptionException(name, e);
                }
            }
            throw new BadOptionException(fallback, e);
        }
    }

    private static <T> boolean refuses(Function<Options, T> build, Options one) {
        try {
            build.apply(one);
            return false;
        } catch (BadInputException e) {
            return true;
        }
    }
}
