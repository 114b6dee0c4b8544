package org.unlearn.model.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unlearn.model.audit.AuditLog;

/**
 * The session file (session.json): the recipe and its hash, which data copy is current and its hash,
 * the ids of the rows that remain, are held out and were forgotten, the request history, and the audit
 * log's head. It also carries the log entry of the last change ({@code pending}) until that entry is in
 * the log, so a crash between the two is finished on the next opening instead of leaving them apart.
 * The model's stored state ({@link ModelFile}) is named by the generation and its hash recorded; a session
 * whose family cannot store its model records none and rebuilds it by retraining. The encoding the model was
 * trained with is kept ({@link FixedEncoding}; null in a session written before it was), so every copy encodes
 * its rows as they were trained; its hash (of its canonical form) is recorded beside it and in the log entry of
 * every change that set it, and checked on opening.
 */
record Manifest(
        Recipe recipe,
        String recipeSha256,
        int generation,
        String dataSha256,
        int[] remaining,
        int[] heldOut,
        int[] forgotten,
        List<Map<String, Object>> requests,
        AuditLog.Head head,
        String pending,
        String modelSha256,
        org.unlearn.model.data.Encoding encoding,
        String encodingSha256) {
    static final String FORMAT = "unlearn-explorer-session";
    static final int VERSION = 1;

    Manifest {
        requests = List.copyOf(requests);
    }

    String dataFile() {
        return dataFile(generation);
    }

    static String dataFile(int generation) {
        return "data-" + generation + ".csv";
    }

    String modelFile() {
        return ModelFile.name(generation);
    }

    Manifest withModel(String sha256) {
        return new Manifest(
                recipe,
                recipeSha256,
                generation,
                dataSha256,
                remaining,
                heldOut,
                forgotten,
                requests,
                head,
                pending,
                sha256,
                encoding,
                encodingSha256);
    }

    /** The same state with the encoding written as given (its forgotten values as digests), and that one's hash. */
    Manifest withEncoding(org.unlearn.model.data.Encoding e) {
        return new Manifest(
                recipe,
                recipeSha256,
                generation,
                dataSha256,
                remaining,
                heldOut,
                forgotten,
                requests,
                head,
                pending,
                modelSha256,
                e,
                FixedEncoding.sha256(e));
    }

    /** The manifest after a change; the head and the pending entry are set when the change is committed. */
    Manifest next(
            int nextGeneration,
            String nextDataSha,
            int[] nextRemaining,
            int[] nextForgotten,
            List<Map<String, Object>> nextRequests) {
        return new Manifest(
                recipe,
                recipeSha256,
                nextGeneration,
                nextDataSha,
                nextRemaining,
                heldOut,
                nextForgotten,
                nextRequests,
                head,
                pending,
                nextGeneration == generation ? modelSha256 : null,
                encoding,
                encodingSha256);
    }

    /** The same state committed: the log's head after its entry, and that entry until it is in the log. */
    Manifest committed(AuditLog.Head newHead, String pendingEntry) {
        return new Manifest(
                recipe,
                recipeSha256,
                generation,
                dataSha256,
                remaining,
                heldOut,
                forgotten,
                requests,
                newHead,
                pendingEntry,
                modelSha256,
                encoding,
                encodingSha256);
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("version", VERSION);
        m.put("recipe", recipe.toMap());
        m.put("recipe_sha256", recipeSha256);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("file", dataFile());
        data.put("generation", generation);
        data.put("sha256", dataSha256);
        data.put("rows", remaining.length);
        data.put("row_ids", RowRanges.format(remaining));
        m.put("data", data);
        m.put("held_out", RowRanges.format(heldOut));
        m.put("forgotten", RowRanges.format(forgotten));
        m.put("requests", requests);
        if (modelSha256 != null) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("file", modelFile());
            model.put("format", ModelFile.FORMAT + " " + ModelFile.VERSION);
            model.put("sha256", modelSha256);
            m.put("model", model);
        } else {
            m.put("model", "not stored: rebuilt by training on the data copy when the session is opened");
        }
        m.put("encoding", encoding == null ? null : FixedEncoding.toMap(encoding));
        m.put("encoding_sha256", encodingSha256);
        m.put("log", head.toMap());
        m.put("pending_entry", pending);
        return m;
    }

    @SuppressWarnings("unchecked")
    static Manifest fromMap(Map<String, Object> m) {
        if (!FORMAT.equals(m.get("format"))) {
            throw new IllegalArgumentException("not a session file");
        }
        if (((Number) m.get("version")).intValue() != VERSION) {
            throw new IllegalArgumentException("session format version " + m.get("version"));
        }
        Map<String, Object> data = (Map<String, Object>) m.get("data");
        List<Map<String, Object>> requests = new ArrayList<>();
        for (Object r : (List<Object>) m.get("requests")) {
            requests.add((Map<String, Object>) r);
        }
        return new Manifest(
                Recipe.fromMap((Map<String, Object>) m.get("recipe")),
                (String) m.get("recipe_sha256"),
                ((Number) data.get("generation")).intValue(),
                (String) data.get("sha256"),
                RowRanges.parse((String) data.get("row_ids")),
                RowRanges.parse((String) m.get("held_out")),
                RowRanges.parse((String) m.get("forgotten")),
                requests,
                AuditLog.Head.fromMap((Map<String, Object>) m.get("log")),
                (String) m.get("pending_entry"),
                m.get("model") instanceof Map<?, ?> model ? (String) model.get("sha256") : null,
                m.get("encoding") instanceof Map<?, ?> e ? FixedEncoding.fromMap((Map<String, Object>) e) : null,
                (String) m.get("encoding_sha256"));
    }
}
