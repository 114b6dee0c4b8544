import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * Each line: jar file, group:artifact, name, version, licence, licence url, project url.
 */
public final class ThirdPartyLibraries {
    public static void main(String[] args) throws Exception {
        Path lib = Path.of(args[0]);
        Path repository = Path.of(args[1]);
        Path out = Path.of(args[2]);
        List<String> lines = new ArrayList<>();
        lines.add(
                "# file\tcoordinates\tname\tversion\tlicence\tlicence_url\turl (written by app/src/build/ThirdPartyLibraries.java)");
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
                lines.add(String.join(
                        "\t",
                        jar.getFileName().toString(),
                        group + ":" + artifact,
                        name,
                        version,
                        text(licence, "name").orElse("?"),
                        text(licence, "url").orElse(""),
                        text(project, "url").orElse("")));
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
}
