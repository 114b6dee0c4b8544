package org.unlearn.views.forget;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.unlearn.model.bench.Replay;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.Families;
import org.unlearn.model.forget.ErasureScope;

/**
 * The model chain's forget requests, ready to be carried out again by other contenders on the rows the
 * chain was trained on, with its seed, so their quality and cost can be set beside the chain's own.
 *
 * @param rows      the rows the chain's first model was trained on
 * @param requests  the chain's requests that forgot rows, oldest first
 * @param numbers   each request's number in the chain's history (a consolidation, which forgets nothing new,
 *                  has a number but no request)
 * @param rivals    the same family retrained from scratch after every request, its other methods, then the
 *                  other families
 * @param leftOut   who could not take part on these rows, each with why ("SISA: …")
 */
public record ReplayPlan(
        TrainingSet rows,
        long seed,
        List<int[]> requests,
        List<Integer> numbers,
        List<Rival> rivals,
        List<String> leftOut) {
    public ReplayPlan {
        requests = List.copyOf(requests);
        numbers = List.copyOf(numbers);
        rivals = List.copyOf(rivals);
        leftOut = List.copyOf(leftOut);
    }

    /** The plan of a model chain's history, newest first (the last request at the top, the training at the bottom). */
    static ReplayPlan of(List<HistoryEntry> history) {
        ModelState trained = history.get(history.size() - 1).state();
        List<int[]> requests = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = history.size() - 2; i >= 0; i--) {
            int[] forgotten = history.get(i).state().provenance().forgotten();
            RequestReport request = history.get(i).request();
            boolean heldOutOnly = request != null && request.report().method().equals(ErasureScope.HELD_OUT);
            // A consolidation forgets nothing new, nor does a request of held-out rows (the model did not
            // change): the other methods have nothing to replay for them.
            if (forgotten.length > 0 && !heldOutOnly) {
                requests.add(forgotten);
                numbers.add(history.get(i).number());
            }
        }
        Duration spent = Duration.ZERO;
        for (int i = history.size() - 2; i >= 0; i--) {
            spent = spent.plus(history.get(i).request().report().elapsed());
        }
        Duration ownRequest = history.size() < 2 ? Duration.ZERO : spent.dividedBy(history.size() - 1);
        // A replayed model has forgotten the same training rows as this history's model at the same point: the
        // rows it still holds say which point, and so which held-out rows that model was scored on.
        Map<Integer, TrainingSet> heldOutByRowsHeld = new HashMap<>();
        for (int i = history.size() - 1; i >= 0; i--) {
            Fitted<?> at = history.get(i).state().fitted();
            heldOutByRowsHeld.putIfAbsent(at.model().trainingData().size(), at.heldOut());
        }
        Contenders.Field field = Contenders.of(
                trained.fitted(),
                ownRequest,
                Families.all(),
                model -> heldOutByRowsHeld.getOrDefault(
                        model.trainingData().size(), trained.fitted().heldOut()));
        return new ReplayPlan(
                trained.rows(), trained.fitted().recipe().seed(), requests, numbers, field.rivals(), field.leftOut());
    }

    /** The contenders alone, in order. */
    public List<Replay.Contender<?>> contenders() {
        return rivals.stream().map(Rival::contender).toList();
    }

    /** How a contender relates to the model: what it shares with it, and so how its time is estimated. */
    public enum Kind {
        /** The model's family retrained from scratch after each request: a training per request. */
        RETRAIN,
        /** Another deletion method of the model's family, from the model's own training: its plan's share. */
        METHOD,
        /** Another family: a training of its own, then requests nobody can predict before it is trained. */
        FAMILY
    }

    /**
     * One contender with what its run is expected to cost before anything of it is measured.
     *
     * @param training   its training's expected time; zero when it starts from the model's own training
     * @param perRequest one request's expected time, or null when only measuring it can tell (another family)
     * @param recipe     the family and options it trains with ("dare: trees=100, …"), which with the rows and
     *                   the seed decide its training: a training made for one comparison serves the next
     */
    public record Rival(
            Replay.Contender<?> contender, Kind kind, Duration training, Duration perRequest, String recipe) {
        public Rival {
            Objects.requireNonNull(contender);
            Objects.requireNonNull(kind);
            Objects.requireNonNull(training);
            Objects.requireNonNull(recipe);
        }

        public String name() {
            return contender.name();
        }

        /** Expected time of the requests after the first {@code done} of {@code total}, training included if asked. */
        public Duration expected(int done, int total, boolean trainingLeft) {
            Duration requests = perRequest == null ? Duration.ZERO : perRequest.multipliedBy(total - done);
            return trainingLeft ? training.plus(requests) : requests;
        }
    }
}
