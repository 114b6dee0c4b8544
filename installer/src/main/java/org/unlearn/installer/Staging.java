package org.unlearn.installer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The folder jpackage takes as input: the jars that hold classes (JavaFX's empty per-platform placeholder jars
 * are left out), the sample datasets where the start screen looks for them (beside the app's jar), the licence,
 * the third-party notices of exactly the jars staged with the licence texts they name, and the class list the CDS
 * archive is made from.
 */
record Staging(Path dir, Path mainJar, List<Path> jars) {
    static final String MAIN_JAR = "unlearn.jar";
    static final String LIBRARIES = "org/unlearn/app/third-party-libraries.tsv";

    static Staging stage(
            Path deps,
            String mainJarName,
            Path samples,
            Path licence,
            Path licenceTexts,
            Path classList,
            String version,
            Path dir)
            throws IOException {
        Tree.delete(dir);
        Files.createDirectories(dir);
        List<Path> jars = new ArrayList<>();
        Path main = null;
        for (Path jar : Tree.list(deps)) {
            String name = jar.getFileName().toString();
            if (!name.endsWith(".jar") || !holdsClasses(jar)) {
                continue;
            }
            Path staged = dir.resolve(name.equals(mainJarName) ? MAIN_JAR : name);
            Files.copy(jar, staged);
            if (name.equals(mainJarName)) {
                main = staged;
            } else {
                jars.add(staged);
            }
        }
        if (main == null) {
            throw new IllegalStateException(deps + ": no " + mainJarName);
        }
        Tree.copy(samples, dir.resolve("sample-data"));
        Files.copy(licence, dir.resolve("LICENSE"));
        Files.copy(classList, dir.resolve(ClassDataSharing.CLASS_LIST));
        Path licences = dir.resolve(Licences.DIR);
        Set<String> texts = Licences.copyTexts(licenceTexts, main, licences);
        Map<String, List<String>> ownNotices = Licences.copyFromJars(jars, licences);
        Files.writeString(
                dir.resolve(Notices.FILE),
                Notices.render(version, Notices.bundled(libraries(main), jars), texts, ownNotices),
                StandardCharsets.UTF_8);
        return new Staging(dir, main, List.copyOf(jars));
    }

    String classPath() {
        return String.join(
                java.io.File.pathSeparator, jars.stream().map(Path::toString).toList());
    }

    private static boolean holdsClasses(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(e -> e.getName().endsWith(".class"));
        }
    }

    private static String libraries(Path mainJar) throws IOException {
        try (ZipFile zip = new ZipFile(mainJar.toFile())) {
            ZipEntry entry = zip.getEntry(LIBRARIES);
            if (entry == null) {
                throw new IllegalStateException(
                        mainJar + " has no " + LIBRARIES + " (the app module's build writes it)");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
