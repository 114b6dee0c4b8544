package org.unlearn.app;

import org.unlearn.app.cli.UnlearnCommand;

/**
 * The entry point. Without arguments it opens the window; with a subcommand it runs headless on the
 * command line. Deliberately not a JavaFX {@code Application}, so the jar starts with JavaFX on the
 * class path and the command line never touches the toolkit.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        AppLog.install();
        if (args.length == 0) {
            System.exit(DesktopLauncher.launch());
        }
        System.exit(UnlearnCommand.execute(args));
    }
}
