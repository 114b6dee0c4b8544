package org.unlearn.views.data;

import org.unlearn.model.data.ColumnRole;
import org.unlearn.model.data.ColumnRoles;
import org.unlearn.model.data.Encoding;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.family.Families;
import org.unlearn.model.family.FamilyDescriptor;
import org.unlearn.views.common.Job;
import org.unlearn.views.common.OpenRequest;

/** The engine work behind the data view; each runs off the FX thread and leaves what it was given untouched. */
final class DataJobs {
    private DataJobs() {}

    static Job<LoadedData> open(OpenRequest request, int previewRows) {
        return progress -> {
            // The user may train any family next: each compiles its hot loops beside the read (k-means does)
            Families.all().forEach(FamilyDescriptor::warmUp);
            PreparedData prepared = request.prepared() != null
                    ? request.prepared().run(progress.range(0, 0.95))
                    : PreparedData.load(
                            request.file(), request.label(), Encoding.Options.DEFAULT, progress.range(0, 0.95));
            progress.checkCancelled();
            progress.report(0.97, "Summarising " + request.fileName());
            LoadedData loaded = LoadedData.of(request.file(), prepared, Preview.of(prepared.dataset(), previewRows));
            progress.report(1, "Opened " + prepared.dataset());
            return loaded;
        };
    }

    static Job<LoadedData> changeRole(LoadedData current, RoleChange change) {
        return progress -> {
            progress.report(
                    Double.NaN,
                    "Encoding " + current.dataset().name() + " with \"" + change.column() + "\" as "
                            + change.role().label());
            ColumnRoles roles = current.prepared().roles().with(change.column(), change.role());
            PreparedData reencoded = PreparedData.prepare(roles, Encoding.Options.DEFAULT);
            progress.checkCancelled();
            LoadedData next = current.withRoles(reencoded);
            progress.report(1, "Encoded " + reencoded.rows());
            return next;
        };
    }

    static Job<ScatterData> project(LoadedData data, long seed) {
        return progress ->
                ScatterData.project(data.prepared().rows(), data.dataset().rowCount(), data.labels(), seed, progress);
    }

    /** A request to give one column another role. */
    record RoleChange(String column, ColumnRole role) {}
}
