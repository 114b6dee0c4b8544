package org.unlearn.views.common;

import java.util.Locale;
import java.util.Optional;

/** The window's two looks. Both share the one stylesheet; dark swaps its looked-up colours. */
public enum Theme {
    LIGHT,
    DARK;

    /** "light" or "dark", as settings and {@code -Dunlearn.theme} spell it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Theme> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Theme t : values()) {
            if (t.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
