import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Build step (run by the app module with Java's source launcher): lists every library the app runs with, from
 * the poms that maven-dependency-plugin copied beside the jars, as a tab-separated resource the About dialog
 * and the installer's THIRD-PARTY-NOTICES read. A licence a pom does not declare is taken from its parents in
 * the local Maven repository, as Maven itself inherits it.
 *
 * <pre>java ThirdPartyLibraries.java LIB_DIR LOCAL_REPOSITORY OUT_FILE</pre>
 * Each line: jar file, group:artifact, name, version, licence (an SPDX id), licence url, project url, the
 * licence's name as the pom gives it, source repository url. A licence the build cannot name is refused, so a
 * new library is listed with its licence or not at all.
 */
public final class ThirdPartyLibraries {
    public static void main(String[] args) throws Exception {
        Path lib = Path.of(args[0]);
        Path repository = Path.of(args[1]);
        Path out = Path.of(args[2]);
        List<String> lines = new ArrayList<>();
        lines.add(
                "# file\tcoordinates\tname\tversion\tlicence\tlicence_url\turl\tpom_licence\tsource (written by app/src/build/ThirdPartyLibraries.java)");
        try (Stream<Path> files = Files.list(lib)) {
            for (Path jar :
                    files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
                Path pom = pomOf(jar);
                if (!Files.exists(pom)) {
                    throw new IllegalStateException(jar + ": no pom beside it (copy-dependencies needs copyPom)");
                }
                Element project = read(pom);
                String group = groupOf(project);
                if (group.equals("org.unlearn")) {
                    continue;
                }
                String artifact = text(project, "artifactId").orElseThrow();
                String version = text(project, "version")
                        .or(() -> parent(project).flatMap(p -> text(p, "version")))
                        .orElseThrow();
                String name =
                        text(project, "name").filter(n -> !n.contains("${")).orElse(artifact);
                Element licence = licence(project, repository)
                        .orElseThrow(() -> new IllegalStateException(pom + ": no licence in it or its parents"));
                String pomLicence = text(licence, "name").orElse("");
                String url = text(licence, "url").orElse("");
                lines.add(String.join(
                        "\t",
                        jar.getFileName().toString(),
                        group + ":" + artifact,
                        name,
                        version,
                        LicenceIds.of(group + ":" + artifact, pomLicence, url),
                        url,
                        text(project, "url").orElse(""),
                        pomLicence,
                        child(project, "scm").flatMap(scm -> text(scm, "url")).orElse("")));
            }
        }
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    /** javafx-base-21.0.8-linux.jar's pom is javafx-base-21.0.8.pom: the classifier has none of its own. */
    private static Path pomOf(Path jar) throws IOException {
        String base = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        try (Stream<Path> poms = Files.list(jar.getParent())) {
            return poms.filter(p -> p.toString().endsWith(".pom"))
                    .filter(p -> base.startsWith(p.getFileName().toString().replaceFirst("\\.pom$", "")))
                    .max((a, b) ->
                            Integer.compare(a.toString().length(), b.toString().length()))
                    .orElse(jar.resolveSibling(base + ".pom"));
        }
    }

    private static Optional<Element> licence(Element project, Path repository) throws Exception {
        for (Element p = project; p != null; ) {
            Optional<Element> licences = child(p, "licenses");
            if (licences.isPresent()) {
                Optional<Element> first = child(licences.get(), "license");
                if (first.isPresent()) {
                    return first;
                }
            }
            Optional<Element> parent = parent(p);
            if (parent.isEmpty()) {
                return Optional.empty();
            }
            String g = text(parent.get(), "groupId").orElseThrow();
            String a = text(parent.get(), "artifactId").orElseThrow();
            String v = text(parent.get(), "version").orElseThrow();
            Path pom = repository
                    .resolve(g.replace('.', '/'))
                    .resolve(a)
                    .resolve(v)
                    .resolve(a + "-" + v + ".pom");
            p = Files.exists(pom) ? read(pom) : null;
        }
        return Optional.empty();
    }

    private static String groupOf(Element project) {
        return text(project, "groupId")
                .or(() -> parent(project).flatMap(p -> text(p, "groupId")))
                .orElseThrow();
    }

    private static Optional<Element> parent(Element project) {
        return child(project, "parent");
    }

    private static Element read(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(pom.toFile());
        return doc.getDocumentElement();
    }

    private static Optional<Element> child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(Element parent, String name) {
        return child(parent, name)
                .map(e -> e.getTextContent().trim().replaceAll("\\s+", " "))
                .filter(s -> !s.isEmpty());
    }

    /**
     * The SPDX id of a library's licence from the name and url its pom gives. Poms name licences freely ("Apache 2",
     * "The Apache Software License, Version 2.0"); a few name no version, and for those the id comes from the
     * library's own sources, cited below. A name this does not know is refused, so that a new library's licence is
     * looked at, not guessed.
     */
    static final class LicenceIds {
        /** Poms that name no licence version: the version their source files' headers state. */
        private static final Map<String, String> BY_LIBRARY = Map.of(
                // "GNU Lesser General Public Licence"; headers: "either version 2.1 of the License, or (at your
                // option) any later version" (github.com/jfree/jfreechart, github.com/jfree/jfreechart-fx).
                "org.jfree:jfreechart", "LGPL-2.1-or-later",
                "org.jfree:org.jfree.chart.fx", "LGPL-2.1-or-later");

        private LicenceIds() {}

        static String of(String coordinates, String pomName, String url) {
            String known = BY_LIBRARY.get(coordinates);
            if (known != null) {
                return known;
            }
            String n = pomName.toLowerCase(Locale.ROOT);
            String u = url.toLowerCase(Locale.ROOT);
            if ((n.contains("general public license") || n.matches(".*\\ba?gpl.*"))
                    && !n.contains("lesser")
                    && !n.contains("lgpl")
                    && !n.contains("gplv2+ce")
                    && !n.contains("classpath")) {
                throw new IllegalStateException(coordinates + ": its pom's licence \"" + pomName + "\" is the GPL,"
                        + " which would put the package as a whole under the GPL; the package bundles only permissive"
                        + " and weak-copyleft libraries, so that it stays MIT-compatible (README, Licence)");
            }
            if (n.contains("apache") && (n.matches(".*\\b2(\\.0)?\\b.*") || u.contains("license-2.0"))) {
                return "Apache-2.0";
            }
            if (n.contains("mit license")) {
                return "MIT";
            }
            if (n.contains("bsd") && n.contains("3-clause")) {
                return "BSD-3-Clause";
            }
            if (n.equals("gplv2+ce")) {
                return "GPL-2.0-with-classpath-exception";
            }
            if (n.contains("lesser general public license") && n.contains("2.1 or later")) {
                return "LGPL-2.1-or-later";
            }
            if (n.equals("unicode/icu license")) {
                return "LicenseRef-Unicode-ICU";
            }
            throw new IllegalStateException(coordinates + ": its pom's licence \"" + pomName + "\" (" + url
                    + ") is not one the build knows; name it in app/src/build/LicenceIds.java");
        }
    }
}
