package org.unlearn.model.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of the audit trail: a model trained, rows forgotten, or a model consolidated. It names rows
 * by id and by a keyed digest of their cells, never by their values.
 *
 * @param sequence     position in the trail, from 1
 * @param time         when it happened
 * @param action       "train", "forget" or "consolidate"
 * @param modelId      the model the action produced
 * @param parentId     the model it was made from, or null
 * @param family       the model family
 * @param method       the unlearning method (or "train")
 * @param seed         the training seed
 * @param rowIds       the rows concerned (forgotten rows; empty for training)
 * @param rowDigests   keyed digests of those rows' cells, in the same order
 * @param exact        whether the resulting model equals a from-scratch retrain
 * @param summary      one line for people
 * @param previousHash the hash of the entry before (64 zeros for the first)
 * @param hash         SHA-256 of the previous hash and this entry's other fields
 */
public record AuditEntry(long sequence, Instant time, String action, String modelId, String parentId, String family,
                         String method, long seed, int[] rowIds, List<String> rowDigests, boolean exact, String summary,
                         String previousHash, String hash) {
    public AuditEntry {
        rowIds = rowIds.clone();
        rowDigests = List.copyOf(rowDigests);
    }

    @Override
    public int[] rowIds() {
        return rowIds.clone();
    }

    /** The fields the hash covers, in a fixed order (everything but the hash itself). */
    Map<String, Object> content() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sequence", sequence);
        m.put("time", time.toString());
        m.put("action", action);
        m.put("model", modelId);
        m.put("parent", parentId);
        m.put("family", family);
        m.put("method", method);
        m.put("seed", seed);
        m.put("rows", rowIds);
        m.put("row_digests", rowDigests);
        m.put("exact", exact);
        m.put("summary", summary);
        m.put("previous_hash", previousHash);
        return m;
    }

    /** The whole entry as a JSON-ready map. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = content();
        m.put("hash", hash);
        return m;
    }
}
