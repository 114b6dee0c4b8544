package org.unlearn.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Answers for the system's folder and file dialogs in scripted runs (a robot or xdotool under a virtual display,
 * where the native dialogs cannot be driven): {@code -Dunlearn.session=DIR} is the folder every session dialog
 * (New session…, Open session…) picks, {@code -Dunlearn.saveTo=DIR} the folder a certificate or the remaining
 * rows are saved to, under the suggested name. Without them the dialogs ask as usual.
 */
final class ScriptedChoices {
    static final String SESSION = "unlearn.session";
    static final String SAVE_TO = "unlearn.saveTo";

    private ScriptedChoices() {}

    /** The session folder a script chose, if any. */
    static Optional<Path> sessionFolder() {
        return folder(SESSION);
    }

    /** Where a script saves a file of that suggested name, if it said where. */
    static Optional<Path> saveFile(String suggestedName) {
        return folder(SAVE_TO).map(dir -> dir.resolve(suggestedName));
    }

    private static Optional<Path> folder(String property) {
        String value = System.getProperty(property, "").strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(Path.of(value).toAbsolutePath());
    }
}
