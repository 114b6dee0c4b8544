package org.unlearn.views.forget;

import java.util.List;
import org.unlearn.model.bench.Replay;
import org.unlearn.model.data.TrainingSet;

/**
 * The model chain's forget requests, ready to be carried out again by other contenders on the rows the
 * chain was trained on, with its seed, so their quality and cost can be set beside the chain's own.
 *
 * @param rows        the rows the chain's first model was trained on
 * @param requests    the chain's requests that forgot rows, oldest first
 * @param numbers     each request's number in the chain's history (a consolidation, which forgets nothing new,
 *                    has a number but no request)
 * @param contenders  the same family retrained from scratch after every request, then the other families
 */
public record ReplayPlan(
        TrainingSet rows,
        long seed,
        List<int[]> requests,
        List<Integer> numbers,
        List<Replay.Contender<?>> contenders) {
    public ReplayPlan {
        requests = List.copyOf(requests);
        numbers = List.copyOf(numbers);
        contenders = List.copyOf(contenders);
    }
}
