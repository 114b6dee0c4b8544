package org.unlearn.installer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * THIRD-PARTY-NOTICES: what licence the package as a whole is conveyed under, and every bundled jar's library,
 * version, licence, where its licence text is in the package and where its source is; then the fonts and the
 * Java runtime.
 */
final class Notices {
    static final String FILE = "THIRD-PARTY-NOTICES";
    /** Where the fonts the PDF certificates embed sit in the app's jar, with their licence. */
    static final String FONTS = "org/unlearn/app/cli/fonts/";

    static final String FONT_LICENCE = "Bitstream-Vera";
    static final String RUNTIME_LICENCE = "GPL-2.0-with-classpath-exception";

    private Notices() {}

    /** One line of the app's third-party-libraries.tsv. */
    record Library(
            String file, String coordinates, String name, String version, String licence, String url, String source) {
        static Library parse(String line) {
            String[] f = line.split("\t", -1);
            return new Library(f[0], f[1], f[2], f[3], f[4], f[6], f.length > 8 ? f[8] : "");
        }

        String mavenCentral() {
            String[] ga = coordinates.split(":");
            return "https://repo1.maven.org/maven2/" + ga[0].replace('.', '/') + "/" + ga[1] + "/" + version + "/";
        }
    }

    /** The licence text file for an id: {@code LGPL-2.1-or-later} and {@code LGPL-2.1-only} read LGPL-2.1.txt. */
    static String textFile(String licence) {
        return licence.replaceFirst("-(only|or-later)$", "") + ".txt";
    }

    /** The libraries of the list whose jar is bundled; a bundled jar the list does not know is refused. */
    static List<Library> bundled(String libraries, List<Path> bundled) {
        Set<String> files =
                bundled.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        List<Library> found = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (String line : libraries.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Library l = Library.parse(line);
            listed.add(l.file());
            if (files.contains(l.file())) {
                found.add(l);
            }
        }
        List<String> unlisted = files.stream()
                .filter(f -> !listed.contains(f) && !f.startsWith("unlearn-"))
                .sorted()
                .toList();
        if (!unlisted.isEmpty()) {
            throw new IllegalStateException("bundled jars the app's library list does not know: " + unlisted);
        }
        return found;
    }

    /**
     * @param libraries the bundled libraries
     * @param texts the licence text files shipped (names in licences/)
     * @param jarNotices per jar file, the licence and notice files copied out of it (paths in the image)
     */
    static String render(
            String version,
            List<Library> libraries,
            Set<String> texts,
            java.util.Map<String, List<String>> jarNotices) {
        Set<String> needed = new TreeSet<>();
        libraries.forEach(l -> needed.add(textFile(l.licence())));
        needed.add(textFile(FONT_LICENCE));
        needed.add(textFile(RUNTIME_LICENCE));
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(texts);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no licence text in installer/licences/ for " + missing);
        }
        List<String> gpl = libraries.stream()
                .filter(l -> l.licence().matches("A?GPL-3\\.0.*"))
                .map(Library::name)
                .distinct()
                .toList();
        if (!gpl.isEmpty()) {
            throw new IllegalStateException("GPL-3.0 libraries would put the package as a whole under the GPL: " + gpl);
        }
        StringBuilder out = new StringBuilder();
        out.append("Unlearn Explorer ").append(version).append(": licences of this package\n\n");
        out.append("Unlearn Explorer's own source code is under the MIT licence (LICENSE). This package also bundles\n"
                + "the third-party libraries, fonts and Java runtime below, each under its own licence: all of them\n"
                + "permissive or weak copyleft (LGPL-2.1, and GPL-2.0 with the Classpath Exception for the Java\n"
                + "runtime and JavaFX), none of which extends to the code that uses them, so the package as a whole\n"
                + "is MIT-compatible. The LGPL-2.1 libraries are separate jars in lib/app/ that may be replaced with\n"
                + "modified versions.\n\n");
        out.append("Corresponding source: Unlearn Explorer's source repository at version " + version + " (built with\n"
                + "`mvn -B -Pinstaller -DskipTests package`), and each library's sources at the Maven Central\n"
                + "coordinates below (its -sources.jar) or in its project's repository.\n\n");
        out.append(
                "Licence texts are in licences/; the licence and notice files each jar carries (Apache NOTICE files\n"
                        + "among them) are copied out of it to licences/jars/<jar>/.\n\n");
        for (Library l : libraries) {
            out.append(l.name() + " " + l.version() + " (" + l.coordinates() + ", lib/app/" + l.file() + ")\n");
            out.append("  Licence: " + l.licence() + " (licences/" + textFile(l.licence()) + ")\n");
            String source = l.source().isEmpty() ? l.url() : l.source();
            out.append("  Source: " + (source.isEmpty() ? "" : source + "; ") + "Maven Central " + l.mavenCentral()
                    + "\n");
            List<String> own = jarNotices.getOrDefault(l.file(), List.of());
            if (!own.isEmpty()) {
                out.append("  Its own licence and notice files: " + String.join(", ", own) + "\n");
            }
            out.append("\n");
        }
        out.append("DejaVu Sans and DejaVu Sans Bold (fonts in unlearn.jar, " + FONTS + ", embedded in PDF\n"
                + "certificates), as shipped by Debian's fonts-dejavu-core 2.37\n"
                + "  Licence: " + FONT_LICENCE + " (licences/" + textFile(FONT_LICENCE)
                + "); DejaVu's changes are in the public domain\n"
                + "  Source: https://dejavu-fonts.github.io/\n\n");
        out.append("Java runtime (lib/runtime): " + System.getProperty("java.vm.vendor") + " OpenJDK "
                + System.getProperty("java.version") + ", trimmed with jlink\n"
                + "  Licence: " + RUNTIME_LICENCE + " (licences/" + textFile(RUNTIME_LICENCE) + "); the notices of\n"
                + "  the code it includes from others are in lib/runtime/legal/\n"
                + "  Source: https://openjdk.org/ (and the vendor's source package of that version)\n");
        return out.toString();
    }
}
