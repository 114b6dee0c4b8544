package org.unlearn.views.data;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unlearn.model.data.ColumnRole;
import org.unlearn.model.data.Dataset;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.views.common.BackgroundCommand;
import org.unlearn.views.common.BackgroundWork;
import org.unlearn.views.common.DatasetOpener;
import org.unlearn.views.common.Figures;
import org.unlearn.views.common.LatestJob;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.common.Outcome;
import org.unlearn.views.plane.PlaneViewModel;

/**
 * The opened dataset: its columns and their roles, the label's classes, the encoding, the first rows and
 * a 2-D projection. Opening another file or changing a role replaces it only when the work succeeds; a
 * refused, failed or cancelled attempt leaves what is shown as it was.
 */
public final class DataViewModel implements DatasetOpener {
    public static final int PREVIEW_ROWS = 200;
    /** Columns of the preview shown at once. */
    public static final int PREVIEW_COLUMNS = 40;
    /** The seed of every random choice behind the projection (PCA's row sample). */
    public static final long PROJECTION_SEED = 1;

    private final ReadOnlyObjectWrapper<LoadedData> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper labelSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper encodingSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyListWrapper<ColumnSummary> columns =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<ClassCount> classes =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<String> encodingSteps =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>();
    private final ColumnPager previewColumns = new ColumnPager(PREVIEW_COLUMNS);
    private final LatestJob<ScatterData> projection;
    private final ReadOnlyObjectWrapper<RowPlane> plane = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canProject = new ReadOnlyBooleanWrapper(false);
    private final PlaneViewModel picture = new PlaneViewModel();
    private final BackgroundCommand<OpenRequest, LoadedData> open;
    private final BackgroundCommand<DataJobs.RoleChange, LoadedData> changeRole;

    public DataViewModel(BackgroundWork work) {
        projection = new LatestJob<>(work, "The projection was cancelled.", "The projection could not be computed.");
        BooleanProperty opening = new SimpleBooleanProperty();
        BooleanProperty reencoding = new SimpleBooleanProperty();
        open = new BackgroundCommand<>(
                work,
                reencoding.not(),
                r -> "Open " + r.fileName(),
                r -> DataJobs.open(r, PREVIEW_ROWS),
                this::showIfSucceeded);
        changeRole = new BackgroundCommand<>(
                work,
                loaded.and(opening.not()),
                c -> "Make \"" + c.column() + "\" " + article(c.role())
                        + c.role().label(),
                c -> DataJobs.changeRole(data.get(), c),
                this::showIfSucceeded);
        opening.bind(open.runningProperty());
        reencoding.bind(changeRole.runningProperty());
        loaded.bind(data.isNotNull());
        plane.bind(Bindings.createObjectBinding(
                () -> projection.valueProperty().get() == null
                        ? null
                        : projection.valueProperty().get().plane(),
                projection.valueProperty()));
        projection.valueProperty().addListener((o, was, now) -> picture.show(now == null ? null : now.content()));
        canProject.bind(Bindings.createBooleanBinding(
                () -> data.get() != null
                        && projection.valueProperty().get() == null
                        && !projection.busyProperty().get(),
                data,
                projection.valueProperty(),
                projection.busyProperty()));
    }

    /** Opens a file in the background; on success it replaces the dataset shown. */
    @Override
    public void open(OpenRequest request) {
        open.execute(request);
    }

    /** Gives a column another role and re-derives the encoding; a refusal keeps the previous roles. */
    public void changeRole(String column, ColumnRole role) {
        LoadedData current = data.get();
        if (current == null || current.prepared().roles().role(column) == role) {
            return;
        }
        changeRole.execute(new DataJobs.RoleChange(column, role));
    }

    /** Computes the projection again, after it was cancelled or failed. */
    public void project() {
        if (canProject.get()) {
            startProjection(data.get());
        }
    }

    /** Only a success replaces what is shown; the executor has told the user about anything else. */
    private void showIfSucceeded(Outcome<LoadedData> outcome) {
        if (outcome instanceof Outcome.Succeeded<LoadedData> s) {
            show(s.value());
        }
    }

    private void show(LoadedData next) {
        LoadedData previous = data.get();
        data.set(next);
        Dataset d = next.dataset();
        title.set(d.name());
        details.set(Figures.count(d.rowCount()) + " rows × " + Figures.count(d.columnCount()) + " columns · "
                + d.dialect().describe());
        columns.setAll(next.columns());
        classes.setAll(next.classes());
        encodingSteps.setAll(next.encodingSteps());
        labelSummary.set(describeLabel(next));
        TrainingSet rows = next.prepared().rows();
        encodingSummary.set(
                Figures.count(rows.size()) + " rows × " + Figures.count(rows.dimension()) + " encoded features");
        if (previous == null || previous.dataset() != d) {
            previewColumns.reset(next.preview().columns().size());
            preview.set(next.preview());
        }
        startProjection(next);
    }

    /** A newer dataset or newer roles start their own projection, which drops this one. */
    private void startProjection(LoadedData target) {
        projection.start(
                "Project " + target.dataset().name(),
                DataJobs.project(target, PROJECTION_SEED),
                "Computing the projection…");
    }

    private static String describeLabel(LoadedData d) {
        String label = d.labelName();
        if (label == null) {
            return "No label: give one column the role \"label\" to see its classes.";
        }
        if (d.classes().isEmpty()) {
            return "\"" + label + "\" holds numbers: a numeric target, no classes to count.";
        }
        int lacking = d.dataset().rowCount() - d.prepared().rows().size();
        return "\"" + label + "\": " + d.classes().size() + " classes"
                + (lacking > 0 ? " (" + Figures.count(lacking) + " rows have no label and are left out)" : "");
    }

    private static String article(ColumnRole role) {
        return role == ColumnRole.IDENTIFIER || role == ColumnRole.IGNORED ? "an " : "a ";
    }

    public ReadOnlyObjectProperty<LoadedData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The file's name. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Rows, columns and the file's dialect, in one line. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty labelSummaryProperty() {
        return labelSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty encodingSummaryProperty() {
        return encodingSummary.getReadOnlyProperty();
    }

    public ObservableList<ColumnSummary> columns() {
        return columns.getReadOnlyProperty();
    }

    /** The label's classes with their row counts; empty without a class label. */
    public ObservableList<ClassCount> classes() {
        return classes.getReadOnlyProperty();
    }

    /** One line per recorded encoding step. */
    public ObservableList<String> encodingSteps() {
        return encodingSteps.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Which page of the preview's columns is shown. */
    public ColumnPager previewColumns() {
        return previewColumns;
    }

    /** The projection; null while it is computed or when it could not be. */
    public ReadOnlyObjectProperty<ScatterData> scatterProperty() {
        return projection.valueProperty();
    }

    /** The picture of the projection: every row on the plane, coloured by class; zoom, pan and hover. */
    public PlaneViewModel picture() {
        return picture;
    }

    /**
     * Every row of the dataset on the projection's plane, for the forget view to draw on and pick from; null
     * while the projection is computed or when it could not be.
     */
    public ReadOnlyObjectProperty<RowPlane> planeProperty() {
        return plane.getReadOnlyProperty();
    }

    /** Why there is no projection to show (computing, cancelled, failed); empty when there is one. */
    public ReadOnlyStringProperty scatterStatusProperty() {
        return projection.statusProperty();
    }

    /** True when the projection may be asked for again. */
    public ReadOnlyBooleanProperty canProjectProperty() {
        return canProject.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty openExecutableProperty() {
        return open.executableProperty();
    }

    public ReadOnlyBooleanProperty roleChangeExecutableProperty() {
        return changeRole.executableProperty();
    }

    public ReadOnlyBooleanProperty reencodingProperty() {
        return changeRole.runningProperty();
    }
}
