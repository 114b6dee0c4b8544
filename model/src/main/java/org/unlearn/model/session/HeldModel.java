package org.unlearn.model.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.CsvReader;
import org.unlearn.model.data.Dataset;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;

/**
 * The model a session holds over its data copy: read back from its stored state (or trained on the copy when
 * its family cannot store it), the state written for each generation, the request's own model kept after a
 * forget in the encoding it was trained with, and a rebuild by training when the stored state is damaged.
 */
final class HeldModel {
    private final SessionStore store;
    private final SessionFolder folder;
    private final byte[] key;
    private Loaded loaded;

    HeldModel(SessionStore store, SessionFolder folder, byte[] key) {
        this.store = store;
        this.folder = folder;
        this.key = key;
    }

    /** The copy and the model the session now holds, as a commit left them. */
    synchronized void set(Loaded now) {
        loaded = now;
    }

    /** Writes the model's state for the manifest's generation, when its family can store it; the manifest naming it. */
    Manifest withStoredModel(Manifest m, SessionModel<?> model) throws IOException {
        java.util.Optional<byte[]> state = model.state();
        return state.isPresent() ? m.withModel(store.writeModel(m, state.get())) : m.withModel(null);
    }

    record Kept(Manifest manifest, Loaded loaded) {}

    /**
     * The new copy encoded as the model was trained and the request's model over it (no training). The
     * session file then writes every category or class only forgotten rows had as a digest; a session written
     * before sessions kept their encoding re-fits it on the copy and trains, as it did then.
     */
    Kept keep(Path nextCopy, byte[] copy, Manifest next, Loaded before, UnlearningModel<?> model) {
        if (next.encoding() == null || model == null) {
            return new Kept(next, load(nextCopy, next, Progress.NONE));
        }
        Dataset read = CsvReader.read(nextCopy);
        PreparedData data = Loaded.prepare(nextCopy, read, next.recipe(), next.remaining(), next.encoding());
        Manifest redacted = next.withEncoding(FixedEncoding.withoutAbsentValues(next.encoding(), data.dataset(), key));
        PreparedData shown = new PreparedData(
                data.dataset(),
                data.roles(),
                redacted.encoding(),
                redacted.encoding().encode(data.dataset()));
        return new Kept(redacted, new Loaded(copy, read, shown, before.model().keeping(model, shown, next.heldOut())));
    }

    /** Rebuilds the model by training on the data copy, stores it and logs the rebuild. */
    void rebuildModel() throws IOException {
        Manifest m = store.manifest();
        Loaded l = load(folder.file(m.dataFile()), m.withModel(null), Progress.NONE);
        Manifest next = withStoredModel(m, l.model());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("reason", "the stored model was missing or did not match its recorded hash");
        fields.put("model", ModelHash.of(l.model().model));
        fields.put("model_stored", next.modelSha256() != null);
        store.commit("rebuild", fields, next, List.of());
        set(l);
    }

    synchronized Loaded load(Progress progress) {
        if (loaded == null) {
            loaded = load(folder.file(store.manifest().dataFile()), store.manifest(), progress);
        }
        return loaded;
    }

    /** The copy and the model: read back from its stored state when there is one, else trained on the copy. */
    private Loaded load(Path copy, Manifest m, Progress progress) {
        try {
            byte[] bytes = Files.readAllBytes(copy);
            Dataset read = CsvReader.read(copy);
            PreparedData data = Loaded.prepare(copy, read, m.recipe(), m.remaining(), m.encoding());
            SessionModel<?> model;
            if (m.modelSha256() != null && m == store.manifest()) {
                byte[] state = store.readModel();
                try {
                    model = SessionModel.restore(
                            m.recipe().family(), data, m.heldOut(), m.recipe().seed(), state);
                } catch (EarlierLayoutException e) {
                    throw store.modelMismatch(e.getMessage());
                } catch (IOException | RuntimeException e) {
                    throw store.modelMismatch();
                }
            } else {
                model = SessionModel.build(
                        m.recipe().family(), data, m.heldOut(), m.recipe().seed(), progress);
            }
            return new Loaded(bytes, read, data, model);
        } catch (IOException e) {
            throw new BadInputException(copy + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
