package org.unlearn.views.audit;

import java.time.Instant;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.unlearn.model.session.ErasureRequest;

/**
 * The Audit view's erasure request form: the rows by id, or else a filter that chooses them, the data
 * subject's reference, the reason and the method.
 */
final class RequestForm {
    private final StringProperty rows = new SimpleStringProperty("");
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<ErasureRequest.Method> method =
            new SimpleObjectProperty<>(ErasureRequest.Method.EXACT);

    /**
     * The request typed: row ids, or else the filter; refused in one line ({@code BadInputException}) when the
     * ids cannot be read.
     */
    ErasureRequest request() {
        String ids = rows.get().strip();
        String where = filter.get().strip();
        return new ErasureRequest(
                blank(subject.get()),
                ids.isEmpty() ? null : ErasureRequest.rows(ids),
                ids.isEmpty() && !where.isEmpty() ? where : null,
                blank(reason.get()),
                Instant.now(),
                method.get());
    }

    /**
     * Empties the form once its request is carried out: the next request is another person's, so the subject and
     * the reason go with the rows (the request just made stays confirmed in the result line and the history);
     * the method stays, as a privacy officer's practice rather than a fact of one request.
     */
    void clearForNext() {
        rows.set("");
        filter.set("");
        subject.set("");
        reason.set("");
    }

    /** A field left blank is no value (null); any other is taken without its surrounding spaces. */
    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    StringProperty rows() {
        return rows;
    }

    StringProperty filter() {
        return filter;
    }

    StringProperty subject() {
        return subject;
    }

    StringProperty reason() {
        return reason;
    }

    ObjectProperty<ErasureRequest.Method> method() {
        return method;
    }
}
