package org.unlearn.views.consequences;

import java.util.List;
import org.unlearn.views.common.Figures;
import org.unlearn.views.forget.HistoryEntry;

/**
 * The words that count what the chain did and what the other methods replayed. A consolidation is a history
 * entry but not a request (it retrains exactly, forgetting nothing new), and a request of held-out rows changes
 * no model: neither is replayed, so neither may be counted among "the same requests".
 */
final class Replayed {
    private Replayed() {}

    /** True for a consolidation: the model retrained exactly, nothing forgotten. */
    static boolean consolidation(HistoryEntry entry) {
        return !entry.isTraining() && entry.request().report().method().equals("consolidate");
    }

    /** "3 requests", "5 requests and 1 consolidation": the entries after the training, by kind. */
    static String ownEntries(List<HistoryEntry> entries) {
        long consolidations = entries.stream().filter(Replayed::consolidation).count();
        String made = requests((int) (entries.size() - consolidations));
        return consolidations == 0 ? made : made + " and " + consolidations(consolidations);
    }

    static String requests(int n) {
        return Figures.count(n) + (n == 1 ? " request" : " requests");
    }

    /**
     * What this model's line holds that the others did not replay ("; this model's line also has its 1
     * consolidation, an exact retrain, not a request"); empty when it holds nothing more.
     */
    static String notReplayed(List<HistoryEntry> entries, int replayed) {
        long consolidations = entries.stream().filter(Replayed::consolidation).count();
        long unchanged = entries.size() - consolidations - replayed;
        String out = "";
        if (consolidations > 0) {
            out += "; this model's line also has its " + consolidations(consolidations)
                    + (consolidations == 1 ? " (an exact retrain, not a request)" : " (exact retrains, not requests)");
        }
        if (unchanged > 0) {
            out += "; " + (unchanged == 1 ? "1 request" : unchanged + " requests")
                    + " of held-out rows changed no model and " + (unchanged == 1 ? "was" : "were") + " not replayed";
        }
        return out;
    }

    private static String consolidations(long n) {
        return n + (n == 1 ? " consolidation" : " consolidations");
    }
}
