package org.unlearn.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.unlearn.model.BadInputException;
import org.unlearn.model.util.Storage;

/** Writes a file the user named (a certificate, an export) whole or not at all. */
final class SessionFiles {
    private SessionFiles() {}

    static void write(Path out, byte[] bytes) {
        Path target = out.toAbsolutePath();
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new BadInputException(out + ": cannot be written (its folder does not exist)");
        }
        if (Files.isDirectory(target)) {
            throw new BadInputException(out + ": cannot be written (it is a folder)");
        }
        try {
            Storage.DEFAULT.writeAtomically(target, bytes);
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
