package org.unlearn.views.audit;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.unlearn.views.audit.AuditViewModel.RequestRow;

/**
 * The open session's requests as the Audit view's history shows them: searched by subject reference, one
 * selected at a time with every figure of it in words.
 */
final class RequestHistory {
    private final ObservableList<RequestRow> requests = FXCollections.observableArrayList();
    private final FilteredList<RequestRow> shown = new FilteredList<>(requests, r -> true);
    private final StringProperty subjectSearch = new SimpleStringProperty("");
    private final ObjectProperty<RequestRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");

    RequestHistory() {
        subjectSearch.addListener((o, was, now) -> {
            String q = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(r -> q.isEmpty()
                    || (r.subject() != null
                            && r.subject().toLowerCase(Locale.ROOT).contains(q)));
        });
        selected.addListener((o, was, now) -> details.set(now == null ? "" : RequestFigures.describe(now.record())));
    }

    /** Shows these requests in place of those shown, the search kept. */
    void showAll(List<RequestRow> rows) {
        requests.setAll(rows);
    }

    void clear() {
        requests.clear();
    }

    /** The requests whose subject reference holds the search, ignoring case; all of them for an empty search. */
    ObservableList<RequestRow> shown() {
        return shown;
    }

    StringProperty subjectSearch() {
        return subjectSearch;
    }

    ObjectProperty<RequestRow> selected() {
        return selected;
    }

    ReadOnlyStringProperty details() {
        return details.getReadOnlyProperty();
    }
}
