package org.unlearn.model.family;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.ColumnRole;
import org.unlearn.model.data.ColumnRoles;
import org.unlearn.model.data.CsvReader;
import org.unlearn.model.data.Dataset;
import org.unlearn.model.data.Encoding;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.util.Progress;

/**
 * Which data a model was trained on, precisely enough to prepare the same rows again: the file's bytes
 * (SHA-256), the label, and the encoding recipe (every column's role, and whether features are standardized;
 * the encoding itself is fitted again from these and the file).
 *
 * @param file        the file's name, for people (the digest is what identifies it)
 * @param sha256      SHA-256 of the file's bytes, lower-case hex
 * @param label       the label column, or null for none
 * @param roles       every column's role, in file order (role labels: "feature", "ignored", ...)
 * @param standardize whether numeric features were standardized
 */
public record DatasetIdentity(
        String file, String sha256, String label, Map<String, String> roles, boolean standardize) {
    public DatasetIdentity {
        Objects.requireNonNull(file);
        Objects.requireNonNull(sha256);
        roles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(roles));
    }

    /** The identity of data prepared from a file. */
    public static DatasetIdentity of(Path file, PreparedData data, Encoding.Options options) {
        Map<String, String> roles = new LinkedHashMap<>();
        data.roles().asMap().forEach((column, role) -> roles.put(column, role.label()));
        return new DatasetIdentity(
                file.getFileName().toString(),
                sha256(file),
                data.encoding().labelColumn(),
                roles,
                options.standardize());
    }

    /**
     * Reads the file again and prepares it as recorded.
     *
     * @throws BadInputException when the file's bytes are not the recorded ones
     */
    public PreparedData prepare(Path path, Progress progress) {
        String digest = sha256(path);
        if (!digest.equals(sha256)) {
            throw new BadInputException(path.getFileName() + ": not the file the model was trained on (its SHA-256 is "
                    + digest.substring(0, 12) + "…, the model's file " + file + " had " + sha256.substring(0, 12)
                    + "…)");
        }
        Dataset dataset = CsvReader.read(path, progress.range(0, 0.9));
        ColumnRoles r = ColumnRoles.infer(dataset, label);
        for (Map.Entry<String, String> e : roles.entrySet()) {
            ColumnRole role = ColumnRole.parse(e.getValue());
            if (r.role(e.getKey()) != role) {
                r = r.with(e.getKey(), role);
            }
        }
        return PreparedData.prepare(r, new Encoding.Options(standardize));
    }

    /** SHA-256 of a file's bytes, lower-case hex. */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                md.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
