package org.unlearn.views.forget;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unlearn.views.data.LoadedData;

/**
 * The histories put away while the app runs, one per dataset and family: switching family or opening
 * another file keeps the history the user made, and coming back brings it back. A dataset is its file
 * with its roles and encoding (the encoding's steps say both), so other roles are another dataset.
 */
final class Histories {
    private final Map<String, List<HistoryEntry>> kept = new HashMap<>();

    /** Keeps a history (newest first, its training last) under its dataset and its model's family. */
    void keep(LoadedData data, List<HistoryEntry> newestFirst) {
        if (data == null || newestFirst.isEmpty()) {
            return;
        }
        kept.put(key(data, familyOf(newestFirst)), List.copyOf(newestFirst));
    }

    /** The history kept for the dataset and family, taken out (it is the chain's again). */
    Optional<List<HistoryEntry>> takeBack(LoadedData data, String family) {
        return data == null ? Optional.empty() : Optional.ofNullable(kept.remove(key(data, family)));
    }

    /** Forget requests in the histories kept: work that quitting would throw away. */
    int requests() {
        return kept.values().stream().mapToInt(h -> h.size() - 1).sum();
    }

    static String familyOf(List<HistoryEntry> newestFirst) {
        return newestFirst.get(newestFirst.size() - 1).state().fitted().family().code();
    }

    private static String key(LoadedData data, String family) {
        return data.file().toAbsolutePath() + "\n" + String.join("\n", data.encodingSteps()) + "\n" + family;
    }
}
