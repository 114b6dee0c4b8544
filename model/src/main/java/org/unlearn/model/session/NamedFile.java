package org.unlearn.model.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.unlearn.model.BadInputException;
import org.unlearn.model.util.Storage;

/**
 * Writes a file the user named (a certificate, the remaining rows) whole or not at all, refused in one line that
 * names the file as the user gave it: the command line, the window and the session's export all write through it.
 */
public final class NamedFile {
    private NamedFile() {}

    /** True when the file is named to be a PDF (its extension, in any case), as a certificate's type is chosen. */
    public static boolean isPdf(Path out) {
        return out.getFileName() != null
                && out.getFileName()
                        .toString()
                        .toLowerCase(java.util.Locale.ROOT)
                        .endsWith(".pdf");
    }

    public static void write(Storage storage, Path out, byte[] bytes) {
        Path target = out.toAbsolutePath();
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new BadInputException(out + ": cannot be written (its folder does not exist)");
        }
        if (Files.isDirectory(target)) {
            throw new BadInputException(out + ": cannot be written (it is a folder)");
        }
        try {
            storage.writeAtomically(target, bytes);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(Storage.temporary(target));
            } catch (IOException ignored) {
                // the folder refused the file in the first place
            }
            throw new BadInputException(out + ": cannot be written (" + Storage.reason(e) + ")", e);
        }
    }
}
