package org.unlearn.views.data;

import org.unlearn.model.data.Column;
import org.unlearn.model.data.ColumnRole;
import org.unlearn.model.data.ColumnRoles;

/** One line of the columns table: what a column holds and what it is used for, and why. */
public record ColumnSummary(String name, String type, ColumnRole role, int missing, int distinct, String reason) {
    static ColumnSummary of(Column column, ColumnRoles roles) {
        ColumnRoles.Assignment assignment = roles.assignment(column.name());
        return new ColumnSummary(
                column.name(),
                column.type().label(),
                assignment.role(),
                column.missingCount(),
                column.distinctCount(),
                column.readingNote() == null ? assignment.reason() : assignment.reason() + "; " + column.readingNote());
    }
}
