package org.unlearn.installer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The system's packaging tools each installer type needs, as jpackage itself needs them. */
final class Tools {
    private Tools() {}

    static List<String> missingFor(String type) {
        List<String> needed = switch (type) {
            case "deb" -> List.of("dpkg-deb", "fakeroot");
            case "rpm" -> List.of("rpmbuild");
            case "msi", "exe" -> List.of("candle.exe", "light.exe");
            default -> List.of();
        };
        return needed.stream().filter(t -> !onPath(t)).toList();
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
