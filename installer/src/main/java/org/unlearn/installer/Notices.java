package org.unlearn.installer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** THIRD-PARTY-NOTICES: every bundled jar's library, version and licence, from the list the app's build wrote. */
final class Notices {
    private Notices() {}

    /**
     * @param libraries the app's third-party-libraries.tsv (file, coordinates, name, version, licence, licence url, url)
     * @param bundled the jars staged beside the app's own (ours, unlearn-*, are not third-party)
     */
    static String render(String libraries, List<Path> bundled) {
        Set<String> files =
                bundled.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        List<String> entries = new ArrayList<>();
        Set<String> listed = new java.util.HashSet<>();
        for (String line : libraries.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            listed.add(f[0]);
            if (files.contains(f[0])) {
                entries.add(f[2] + " " + f[3] + " (" + f[1] + ", lib/app/" + f[0] + ")\n"
                        + "  Licence: " + f[4] + (f[5].isEmpty() ? "" : " <" + f[5] + ">") + "\n"
                        + (f[6].isEmpty() ? "" : "  Project: " + f[6] + "\n"));
            }
        }
        List<String> unlisted = files.stream()
                .filter(f -> !listed.contains(f) && !f.startsWith("unlearn-"))
                .sorted()
                .toList();
        if (!unlisted.isEmpty()) {
            throw new IllegalStateException("bundled jars the app's library list does not know: " + unlisted);
        }
        return "Unlearn Explorer is MIT-licensed (LICENSE). Its package bundles these third-party libraries,\n"
                + "listed by the build from their Maven poms:\n\n"
                + String.join("\n", entries)
                + "\nand a Java runtime trimmed with jlink from " + System.getProperty("java.vm.vendor") + " OpenJDK "
                + System.getProperty("java.version") + " (GPLv2 with the Classpath Exception; its own notices are in\n"
                + "lib/runtime/legal/).\n";
    }
}
