package org.unlearn.app;

import java.util.logging.Level;
import javafx.application.Application;

/** Opens the window, or explains in one line why it cannot. */
final class DesktopLauncher {
    private DesktopLauncher() {}

    static int launch() {
        boolean linux = System.getProperty("os.name", "")
                .toLowerCase(java.util.Locale.ROOT)
                .contains("linux");
        if (linux
                && System.getenv("DISPLAY") == null
                && System.getenv("WAYLAND_DISPLAY") == null
                && !"Monocle".equals(System.getProperty("glass.platform"))) {
            System.err.println("error: no display to open the window on; on a headless server run it under xvfb-run,"
                    + " or use a subcommand (java -jar unlearn.jar --help)");
            return 2;
        }
        try {
            Application.launch(UnlearnApplication.class);
            return 0;
        } catch (RuntimeException | Error e) {
            AppLog.logger(DesktopLauncher.class).log(Level.SEVERE, "the window could not start", e);
            System.err.println(
                    "error: the window could not start: " + e.getMessage() + " (details in " + AppLog.location() + ")");
            return 1;
        }
    }
}
