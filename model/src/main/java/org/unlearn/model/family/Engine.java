package org.unlearn.model.family;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The engine's version, as the build stamped it: provenance records it beside the options. */
public final class Engine {
    private static final String VERSION = read();

    private Engine() {}

    public static String version() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = Engine.class.getResourceAsStream("/org/unlearn/model/engine.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
