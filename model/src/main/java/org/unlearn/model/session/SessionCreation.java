package org.unlearn.model.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unlearn.model.BadInputException;
import org.unlearn.model.audit.AuditLog;
import org.unlearn.model.data.ColumnRoles;
import org.unlearn.model.data.CsvReader;
import org.unlearn.model.data.Dataset;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.family.Configured;
import org.unlearn.model.util.Progress;
import org.unlearn.model.util.Storage;

/**
 * Making a new session folder ({@link Session#create}): the data copied, the encoding fitted, the model trained,
 * stored and logged; a creation that fails leaves the folder empty.
 */
final class SessionCreation {
    private SessionCreation() {}

    static Session create(
            Path dir,
            Path dataFile,
            String label,
            String model,
            Map<String, String> options,
            long seed,
            double testFraction,
            Storage storage,
            Progress progress) {
        if (Files.exists(dir) && !SessionFolder.isEmpty(dir)) {
            throw new BadInputException(dir + ": already exists and is not empty; give a new folder for the session");
        }
        byte[] raw;
        byte[] text;
        try {
            raw = Files.readAllBytes(dataFile);
            text = DataCopy.readSource(dataFile);
        } catch (IOException e) {
            throw new BadInputException(dataFile + ": cannot be read (" + e.getMessage() + ")", e);
        }
        Dataset read = CsvReader.read(dataFile, progress.range(0, 0.2));
        Recipe recipe = Recipe.checked(dataFile, DataCopy.sha256(raw), read, label, model, options, seed, testFraction);
        Configured<?> family = recipe.family();
        ColumnRoles.infer(read, label);
        int[] ids = read.rowIds();
        byte[] copy = DataCopy.keep(text, read, ids, id -> true);
        try {
            Files.createDirectories(dir);
            Storage.restrictFolder(dir);
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot be created (" + e.getMessage() + ")", e);
        }
        SessionFolder folder = SessionFolder.lock(dir);
        try {
            byte[] key = AuditLog.freshKey();
            storage.writeAtomically(
                    folder.file(SessionFolder.KEY),
                    HexFormat.of().formatHex(key).getBytes(StandardCharsets.US_ASCII));
            storage.writeAtomically(folder.file(Manifest.dataFile(1)), copy);
            Dataset readCopy = CsvReader.read(folder.file(Manifest.dataFile(1)));
            PreparedData data = Loaded.prepare(folder.file(Manifest.dataFile(1)), readCopy, recipe, ids, null);
            int[] heldOut = Loaded.heldOut(family, data, recipe);
            Manifest start = new Manifest(
                    recipe,
                    recipe.sha256(),
                    1,
                    DataCopy.sha256(copy),
                    ids,
                    heldOut,
                    new int[0],
                    List.of(),
                    AuditLog.Head.EMPTY,
                    null,
                    null,
                    data.encoding(),
                    FixedEncoding.sha256(data.encoding()));
            Session session = new Session(folder, storage, key, start);
            SessionModel<?> built = SessionModel.build(family, data, heldOut, seed, progress.range(0.2, 1));
            start = session.held.withStoredModel(start, built);
            session.held.set(new Loaded(copy, readCopy, data, built));
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("recipe_sha256", start.recipeSha256());
            fields.put("source_sha256", recipe.sourceSha256());
            fields.put("data_sha256", start.dataSha256());
            if (start.encodingSha256() != null) {
                fields.put("encoding_sha256", start.encodingSha256());
            }
            fields.put("rows", ids.length);
            fields.put("training_rows", built.train.size());
            fields.put("held_out_rows", heldOut.length);
            fields.put("family", model);
            fields.put("seed", seed);
            fields.put("model", ModelHash.of(built.model));
            fields.put("model_stored", start.modelSha256() != null);
            session.store.commit("create", fields, start, List.of());
            return session;
        } catch (IOException e) {
            SessionFolder.abandon(folder);
            throw new BadInputException(dir + ": cannot be written (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            SessionFolder.abandon(folder);
            throw e;
        }
    }
}
