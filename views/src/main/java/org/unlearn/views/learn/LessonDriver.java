package org.unlearn.views.learn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.SampleCatalogue;
import org.unlearn.model.family.FamilyDescriptor;
import org.unlearn.model.family.Options;
import org.unlearn.model.lesson.LessonSetup;
import org.unlearn.model.lesson.LessonState;
import org.unlearn.views.audit.AuditViewModel;
import org.unlearn.views.common.BackgroundWork;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.data.DataViewModel;
import org.unlearn.views.data.LoadedData;
import org.unlearn.views.forget.ForgetViewModel;
import org.unlearn.views.forget.HistoryEntry;
import org.unlearn.views.forget.ModelState;
import org.unlearn.views.forget.OptionInput;
import org.unlearn.views.forget.TrainingForm;

/**
 * The seam between a lesson and the window: it puts the app in a step's state through the same view-models the
 * user's clicks go through (open a sample, choose the family, its options and the seed, train, forget, pick,
 * show a view), each part once the background work before it has settled, and it answers the lesson's checks
 * from what those view-models hold.
 */
public final class LessonDriver implements LessonState {
    private final BackgroundWork work;
    private final DataViewModel data;
    private final List<SampleCatalogue.Sample> samples;
    private final ForgetViewModel forget;
    private final AuditViewModel audit;
    private final Map<String, Node> views;
    private final Consumer<String> show;
    private final Consumer<String> chart;

    /**
     * @param views the window's views by name (start, data, forget, consequences, audit), to see which is shown
     * @param show  shows a view by name, as the View menu does
     * @param chart chooses the chart the Cost and consequences view shows, by name (drift, cost, before-after)
     */
    public LessonDriver(
            BackgroundWork work,
            DataViewModel data,
            List<SampleCatalogue.Sample> samples,
            ForgetViewModel forget,
            AuditViewModel audit,
            Map<String, Node> views,
            Consumer<String> show,
            Consumer<String> chart) {
        this.work = work;
        this.data = data;
        this.samples = List.copyOf(samples);
        this.forget = forget;
        this.audit = audit;
        this.views = new LinkedHashMap<>(views);
        this.show = show;
        this.chart = chart;
    }

    /** What the checks read; a change in any of them may change whether a check holds. */
    Observable[] watched() {
        List<Observable> all = new ArrayList<>(List.of(
                data.dataProperty(),
                forget.chain().currentProperty(),
                forget.chain().history(),
                forget.picks().pickedProperty(),
                audit.openProperty(),
                audit.shownRequests(),
                work.runningProperty()));
        views.values().forEach(v -> all.add(v.visibleProperty()));
        return all.toArray(Observable[]::new);
    }

    /** The sample a setup names, by its name or file name, without case. */
    Optional<SampleCatalogue.Sample> sample(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return samples.stream()
                .filter(s -> s.name().toLowerCase(Locale.ROOT).equals(wanted) || sameFile(s.file(), wanted))
                .findFirst();
    }

    private static boolean sameFile(Path file, String wanted) {
        String f = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return f.equals(wanted) || f.startsWith(wanted + ".");
    }

    /** Puts the app in the setup's state, part by part, then runs {@code done} on the FX thread. */
    void apply(LessonSetup setup, Runnable done) {
        List<Runnable> parts = new ArrayList<>();
        if (setup.dataset() != null) {
            parts.add(() -> open(setup));
        }
        if (setup.family() != null) {
            parts.add(() -> choose(setup));
        } else if (setup.seed() != null) {
            parts.add(() -> forget.form().seedProperty().set(Long.toString(setup.seed())));
        }
        if (setup.train()) {
            parts.add(forget::train);
        }
        for (String request : setup.forget()) {
            parts.add(() -> {
                forget.picks().pickTextProperty().set(request);
                forget.picks().pickTyped();
                forget.forget();
            });
        }
        if (setup.setsTheModelOrView()) {
            parts.add(() -> pick(setup));
        }
        if (setup.chart() != null) {
            parts.add(() -> chart.accept(setup.chart()));
        }
        if (setup.view() != null) {
            parts.add(() -> show.accept(setup.view()));
        }
        runInTurn(parts, done);
    }

    private void open(LessonSetup setup) {
        LoadedData open = data.dataProperty().get();
        SampleCatalogue.Sample sample = sample(setup.dataset())
                .orElseThrow(() -> new BadInputException("no sample dataset named " + setup.dataset()));
        String label = setup.label() != null ? setup.label() : sample.label();
        boolean already = open != null
                && open.file().toAbsolutePath().equals(sample.file().toAbsolutePath())
                && label.equals(open.prepared().encoding().labelColumn());
        if (!already) {
            data.open(new OpenRequest(sample.file(), label));
        }
    }

    private void choose(LessonSetup setup) {
        TrainingForm form = forget.form();
        form.choose(setup.family());
        FamilyDescriptor<?> family = form.familyProperty().get();
        Options given = Options.parse(family.code(), family.options(), setup.options() == null ? "" : setup.options());
        for (OptionInput input : form.inputs()) {
            String value = given.given().contains(input.name())
                    ? given.text(input.name())
                    : input.spec().hasDefault() ? input.spec().defaultValue() : "";
            input.textProperty().set(value);
        }
        form.seedProperty().set(Long.toString(setup.seed() != null ? setup.seed() : TrainingForm.DEFAULT_SEED));
    }

    /** A step with a setup starts from its own pick: the rows it names, or none. */
    private void pick(LessonSetup setup) {
        forget.clearPicks();
        if (setup.pick() != null) {
            forget.picks().pickTextProperty().set(setup.pick());
            forget.picks().pickTyped();
        } else if (setup.filter() != null) {
            forget.picks().filterProperty().set(setup.filter());
            forget.picks().pickFiltered();
        }
    }

    private void runInTurn(List<Runnable> parts, Runnable done) {
        whenSettled(() -> {
            if (parts.isEmpty()) {
                done.run();
                return;
            }
            try {
                parts.get(0).run();
            } catch (RuntimeException e) {
                // A part the app refuses (a sample missing from this install) leaves the rest to do.
                System.getLogger(LessonDriver.class.getName())
                        .log(System.Logger.Level.WARNING, "lesson setup: " + e.getMessage());
            }
            runInTurn(parts.subList(1, parts.size()), done);
        });
    }

    /**
     * Runs the action once no background work runs, looked at after the current event: a job's outcome is handed
     * over after the work reports itself idle, and may start the next job (a projection after a read).
     */
    private void whenSettled(Runnable action) {
        Platform.runLater(() -> {
            if (!work.runningProperty().get()) {
                action.run();
                return;
            }
            work.runningProperty().addListener(new ChangeListener<Boolean>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (!now) {
                        work.runningProperty().removeListener(this);
                        whenSettled(action);
                    }
                }
            });
        });
    }

    @Override
    public String dataset() {
        LoadedData d = data.dataProperty().get();
        return d == null ? "" : d.file().getFileName().toString();
    }

    private ModelState model() {
        return forget.chain().currentProperty().get();
    }

    @Override
    public boolean trained() {
        return model() != null;
    }

    @Override
    public String family() {
        return model() == null ? "" : model().family().code();
    }

    @Override
    public Optional<String> option(String name) {
        ModelState m = model();
        if (m == null) {
            return Optional.empty();
        }
        Options options = m.options();
        return options.names().contains(name) && options.has(name) ? Optional.of(options.text(name)) : Optional.empty();
    }

    @Override
    public int picked() {
        return forget.picks().pickedProperty().get().size();
    }

    @Override
    public int forgotten() {
        return model() == null ? 0 : model().provenance().totalForgotten();
    }

    @Override
    public int requests() {
        return Math.max(0, forget.chain().history().size() - 1);
    }

    @Override
    public boolean checked() {
        List<HistoryEntry> history = forget.chain().history();
        return !history.isEmpty() && history.get(0).verification() != null;
    }

    @Override
    public boolean identical() {
        return checked() && forget.chain().history().get(0).verification().identical();
    }

    @Override
    public boolean exact() {
        return model() != null && model().provenance().isExact();
    }

    @Override
    public String view() {
        return views.entrySet().stream()
                .filter(e -> e.getValue().isVisible())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("");
    }

    @Override
    public boolean sessionOpen() {
        return audit.openProperty().get();
    }

    @Override
    public int sessionRequests() {
        return audit.shownRequests().size();
    }
}
