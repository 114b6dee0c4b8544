package org.unlearn.views.learn;

import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.unlearn.model.lesson.Condition;
import org.unlearn.model.lesson.Lesson;
import org.unlearn.model.lesson.LessonLibrary;
import org.unlearn.model.lesson.LessonStep;

/**
 * A lesson under way: which step is shown, its text, whether its checks hold (Next waits for them, and a line
 * says what is still to do), and Back, Next and Restart. Entering a step puts the app in the step's state
 * through the {@link LessonDriver}; while that runs, Next waits too.
 */
public final class LessonViewModel {
    private final LessonLibrary library;
    private final LessonDriver driver;
    private final ObjectProperty<Lesson> lesson = new SimpleObjectProperty<>();
    private final IntegerProperty index = new SimpleIntegerProperty(0);
    private final ReadOnlyBooleanWrapper settingUp = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<LessonStep> step = new SimpleObjectProperty<>();
    private final BooleanBinding met;
    private final StringBinding todo;
    private final StringBinding progress;
    private int entered = -1;

    public LessonViewModel(LessonLibrary library, LessonDriver driver) {
        this.library = Objects.requireNonNull(library);
        this.driver = Objects.requireNonNull(driver);
        step.bind(Bindings.createObjectBinding(this::stepAtIndex, lesson, index));
        Observable[] watched = watched(driver.watched());
        met = Bindings.createBooleanBinding(
                () -> step.get() != null && !settingUp.get() && step.get().firstUnmet(driver) == null, watched);
        todo = Bindings.createStringBinding(this::todoLine, watched);
        progress = Bindings.createStringBinding(
                () -> lesson.get() == null
                        ? ""
                        : "Step " + (index.get() + 1) + " of "
                                + lesson.get().steps().size(),
                lesson,
                index);
    }

    /** Null while a newly chosen lesson is shorter than the index the last one left, until the index follows. */
    private LessonStep stepAtIndex() {
        Lesson l = lesson.get();
        return l == null || index.get() >= l.steps().size() ? null : l.steps().get(index.get());
    }

    private Observable[] watched(Observable[] app) {
        Observable[] all = new Observable[app.length + 2];
        System.arraycopy(app, 0, all, 0, app.length);
        all[app.length] = step;
        all[app.length + 1] = settingUp;
        return all;
    }

    private String todoLine() {
        LessonStep s = step.get();
        if (s == null) {
            return "";
        }
        if (settingUp.get()) {
            return "Setting up this step…";
        }
        Condition unmet = s.firstUnmet(driver);
        if (unmet != null) {
            return "Still to do: " + unmet.todo() + ".";
        }
        if (s.checks().isEmpty()) {
            return last() ? "The end of this lesson: Finish closes it." : "Read, then Next.";
        }
        return last() ? "Done. Finish closes the lesson." : "Done. Go on with Next.";
    }

    /** The lessons on offer, and the files that could not be read (one line each). */
    public LessonLibrary library() {
        return library;
    }

    /** Starts a lesson at its first step and shows the panel. */
    public void open(Lesson chosen) {
        index.set(0);
        lesson.set(chosen);
        shown.set(true);
        enter(0);
    }

    /**
     * Shows a lesson at one of its steps without applying any setup, the app left as it is: for a teacher's
     * preview and for screenshots.
     */
    public void preview(Lesson chosen, int stepIndex) {
        lesson.set(chosen);
        index.set(Math.max(0, Math.min(stepIndex, chosen.steps().size() - 1)));
        entered = index.get();
        shown.set(true);
    }

    /** Shows the panel: the lesson under way, or the list of lessons. */
    public void show() {
        shown.set(true);
    }

    public void close() {
        shown.set(false);
    }

    /** Back to the list of lessons, leaving the app as it is. */
    public void leave() {
        lesson.set(null);
        entered = -1;
    }

    public void next() {
        if (!met.get()) {
            return;
        }
        if (last()) {
            leave();
        } else {
            enter(index.get() + 1);
        }
    }

    public void back() {
        if (lesson.get() != null && index.get() > 0 && !settingUp.get()) {
            enter(index.get() - 1);
        }
    }

    /** The lesson again from its first step, its setup applied afresh. */
    public void restart() {
        if (lesson.get() != null && !settingUp.get()) {
            enter(0);
        }
    }

    private void enter(int i) {
        index.set(i);
        entered = i;
        LessonStep s = step.get();
        if (s.setup().isEmpty()) {
            return;
        }
        settingUp.set(true);
        driver.apply(s.setup(), () -> {
            if (entered == i) {
                settingUp.set(false);
            }
        });
    }

    private boolean last() {
        return lesson.get() != null && index.get() == lesson.get().steps().size() - 1;
    }

    public List<Lesson> lessons() {
        return library.lessons();
    }

    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson;
    }

    public ReadOnlyObjectProperty<LessonStep> stepProperty() {
        return step;
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty settingUpProperty() {
        return settingUp.getReadOnlyProperty();
    }

    /** True when Next may be pressed: the step is set up and its checks hold. */
    public BooleanBinding nextEnabledProperty() {
        return met;
    }

    public BooleanBinding backEnabledProperty() {
        return Bindings.createBooleanBinding(
                () -> lesson.get() != null && index.get() > 0 && !settingUp.get(), lesson, index, settingUp);
    }

    public BooleanBinding lastStepProperty() {
        return Bindings.createBooleanBinding(this::last, lesson, index);
    }

    /** What is still to do before Next, or that the step is done. */
    public StringBinding todoProperty() {
        return todo;
    }

    /** "Step 3 of 7". */
    public StringBinding progressProperty() {
        return progress;
    }

    public int index() {
        return index.get();
    }
}
