package org.unlearn.views.consequences;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.unlearn.model.BadInputException;
import org.unlearn.model.bench.Replay;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;
import org.unlearn.views.common.BackgroundWork;
import org.unlearn.views.common.Figures;
import org.unlearn.views.common.Job;
import org.unlearn.views.common.Outcome;
import org.unlearn.views.common.WorkTicket;
import org.unlearn.views.forget.ModelState;
import org.unlearn.views.forget.ReplayPlan;

/**
 * The replay of one training's requests by the contenders, one background job per contender so each
 * line is drawn as soon as its contender is done. Runs are kept for the training they started from: a
 * second Compare after more requests carries each run on from where it stopped (a retrain from scratch
 * is never done twice for the same request), and only one comparison runs at a time.
 */
final class Comparison {
    private final BackgroundWork work;
    private final Runnable changed;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(false);
    private final Map<String, Replay.Run<?>> runs = new LinkedHashMap<>();
    private final Map<String, String> refused = new LinkedHashMap<>();
    private final List<WorkTicket> tickets = new ArrayList<>();
    private final Trainings trainings = new Trainings();
    private ModelState trained;
    private List<Integer> numbers = List.of();
    private int pending;
    private int asked;
    private int finished;

    /** A contender's job's result: its run so far, or why it could not run on these rows. */
    private record Finished(String name, Replay.Run<?> run, String refusal) {}

    /** @param changed told on the FX thread whenever a line arrives or the comparison ends */
    Comparison(BackgroundWork work, Runnable changed) {
        this.work = Objects.requireNonNull(work);
        this.changed = Objects.requireNonNull(changed);
    }

    /** Starts the contenders not yet up to date with the plan's requests; does nothing while one runs. */
    void start(ReplayPlan plan, ModelState trainedState) {
        if (running.get()) {
            return;
        }
        adopt(trainedState);
        numbers = plan.numbers();
        List<ReplayPlan.Rival> todo = plan.rivals().stream()
                .filter(r -> !refused.containsKey(r.name())
                        && done(r.name()) < plan.requests().size())
                .toList();
        if (todo.isEmpty()) {
            changed.run();
            return;
        }
        running.set(true);
        pending = todo.size();
        asked = todo.size();
        finished = 0;
        for (int i = 0; i < todo.size(); i++) {
            ReplayPlan.Rival rival = todo.get(i);
            String title = "Compare: " + rival.name() + " (" + (i + 1) + " of " + todo.size() + ")";
            Replay.Run<?> earlier = runs.get(rival.name());
            ModelState key = trained;
            WorkTicket ticket =
                    work.submit(title, job(rival.contender(), earlier, plan), outcome -> finish(key, outcome));
            if (running.get()) {
                tickets.add(ticket);
            }
        }
        changed.run();
    }

    /** Asks every contender still running or waiting to stop; the lines already drawn stay. */
    void cancel() {
        if (!running.get() || cancelling.get()) {
            return;
        }
        cancelling.set(true);
        tickets.forEach(WorkTicket::cancel);
        // Its own last line replaces the cancelled contender's in the status bar.
        int done = finished;
        int of = asked;
        work.submit(
                "Stop comparing",
                progress -> {
                    progress.report(1, "Compare cancelled: " + done + " of " + of + " methods done; their lines stay.");
                    return null;
                },
                outcome -> {});
    }

    /** Forgets every run when the training is not the one they started from. */
    private void adopt(ModelState trainedState) {
        if (trainedState != trained) {
            runs.clear();
            refused.clear();
            numbers = List.of();
            trained = trainedState;
        }
    }

    /**
     * Puts the runs away when the chain's training changed (a new training, another dataset); the other
     * families' trainings are kept for the next comparison on the same rows, until the dataset goes.
     */
    void follow(ModelState trainedState) {
        if (trainedState != trained && !running.get()) {
            adopt(trainedState);
        }
        if (trainedState == null) {
            trainings.clear();
        }
    }

    private int done(String name) {
        Replay.Run<?> run = runs.get(name);
        return run == null ? 0 : run.line().steps().size();
    }

    private static Job<Finished> job(Replay.Contender<?> contender, Replay.Run<?> earlier, ReplayPlan plan) {
        return progress -> {
            try {
                Replay.Run<?> run = carryOn(contender, earlier, plan, progress);
                Replay.Line line = run.line();
                progress.report(
                        1,
                        contender.name() + ": " + Figures.count(line.steps().size()) + " requests replayed, "
                                + Figures.duration(line.totalForgetTime()) + " in all");
                return new Finished(contender.name(), run, null);
            } catch (BadInputException refusal) {
                progress.report(1, contender.name() + " left out: " + refusal.getMessage());
                return new Finished(contender.name(), null, refusal.getMessage());
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <M extends UnlearningModel<M>> Replay.Run<M> carryOn(
            Replay.Contender<M> contender, Replay.Run<?> earlier, ReplayPlan plan, Progress progress) {
        return Replay.carryOn(contender, (Replay.Run<M>) earlier, plan.rows(), plan.seed(), plan.requests(), progress);
    }

    private void finish(ModelState key, Outcome<Finished> outcome) {
        pending--;
        if (outcome instanceof Outcome.Succeeded<Finished> s && key == trained) {
            finished++;
            Finished f = s.value();
            if (f.run() != null) {
                runs.put(f.name(), f.run());
            } else {
                refused.put(f.name(), f.refusal());
            }
        }
        if (pending == 0) {
            tickets.clear();
            running.set(false);
            cancelling.set(false);
        }
        changed.run();
    }

    /** The lines drawn so far, in the plan's order of contenders. */
    List<Replay.Line> lines(ReplayPlan plan) {
        List<Replay.Line> out = new ArrayList<>();
        for (String name : order(plan)) {
            Replay.Run<?> run = runs.get(name);
            if (run != null) {
                out.add(run.line());
            }
        }
        return out;
    }

    private List<String> order(ReplayPlan plan) {
        return plan == null
                ? List.copyOf(runs.keySet())
                : plan.rivals().stream().map(ReplayPlan.Rival::name).toList();
    }

    /** Each replayed request's number in the chain's history. */
    List<Integer> numbers() {
        return numbers;
    }

    boolean any() {
        return !runs.isEmpty() || !refused.isEmpty();
    }

    /** The requests every finished line has carried out (the least of them); 0 without one. */
    int replayedRequests() {
        return runs.values().stream()
                .mapToInt(r -> r.line().steps().size())
                .min()
                .orElse(0);
    }

    /** Who could not run on these rows, with why, as the run found it. */
    List<String> refusals() {
        List<String> out = new ArrayList<>();
        refused.forEach((name, why) -> out.add(name + ": " + why));
        return out;
    }

    /** True when a contender that can run on these rows has not carried out every request of the plan. */
    boolean behind(ReplayPlan plan, ModelState trainedState) {
        if (trainedState != trained) {
            return true;
        }
        return plan.rivals().stream()
                .anyMatch(r -> !refused.containsKey(r.name())
                        && done(r.name()) < plan.requests().size());
    }

    /** Methods done and asked for in the comparison under way. */
    String progressText() {
        return finished + " of " + asked + " methods done";
    }

    /**
     * What the plan's contenders not yet up to date are expected to cost, in words: the retrain from the
     * model's measured training, its family's other methods from its measured requests, and the other
     * families guessed at one training each, their requests measured as they run.
     */
    String estimate(ReplayPlan plan, ModelState trainedState) {
        boolean same = trainedState == trained;
        int total = plan.requests().size();
        Duration sum = Duration.ZERO;
        int guessed = 0;
        for (ReplayPlan.Rival r : plan.rivals()) {
            Replay.Run<?> run = same ? runs.get(r.name()) : null;
            int done = run == null ? 0 : run.line().steps().size();
            if (same && refused.containsKey(r.name()) || done >= total) {
                continue;
            }
            if (run != null && done > 0) {
                // Measured beats guessed: this contender's own requests so far.
                sum = sum.plus(run.line().totalForgetTime().dividedBy(done).multipliedBy(total - done));
                continue;
            }
            sum = sum.plus(r.expected(done, total, run == null));
            if (r.perRequest() == null) {
                guessed++;
            }
        }
        if (sum.isZero() && guessed == 0) {
            return "";
        }
        String time = Replay.roughly(sum);
        String text = "Compare takes " + (time.startsWith("under") ? time : "about " + time);
        return guessed == 0
                ? text + "."
                : text + " (" + guessed + (guessed == 1 ? " other family" : " other families")
                        + " counted as one training each, as long as this model's; their requests are timed as"
                        + " they run).";
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }
}
