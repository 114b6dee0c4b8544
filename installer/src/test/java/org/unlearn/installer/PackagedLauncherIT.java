package org.unlearn.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlearn.model.data.SampleCatalogue;

/** Runs the launcher of the app image the build just made, headless, as a user would from a terminal. */
class PackagedLauncherIT {
    private static final Path IMAGE = Path.of(System.getProperty("unlearn.image", "target/image/unlearn-explorer"));
    private static final Path APP = IMAGE.resolve("lib").resolve("app");

    @TempDir
    Path home;

    /** The JVM's own line for the launcher's --add-modules jdk.incubator.vector: the one line allowed on stderr. */
    static final String VECTOR_WARNING = "WARNING: Using incubator modules: jdk.incubator.vector";

    record Run(int exitCode, String out, String err) {
        /** Stderr without the JVM's lines: the incubator warning (exactly once) and a _JAVA_OPTIONS echo. */
        String userErr() {
            List<String> lines = err.lines()
                    .filter(l -> !l.startsWith("Picked up _JAVA_OPTIONS:"))
                    .toList();
            assertEquals(
                    1, lines.stream().filter(VECTOR_WARNING::equals).count(), "the incubator warning once: " + err);
            return lines.stream()
                    .filter(l -> !l.equals(VECTOR_WARNING))
                    .collect(java.util.stream.Collectors.joining("\n"));
        }
    }

    private Run launch(String... args) throws IOException, InterruptedException {
        return launchWith(null, args);
    }

    private Run launchWith(String javaOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(IMAGE.resolve("bin").resolve(Packager.NAME).toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("_JAVA_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        if (javaOptions != null) {
            builder.environment().put("_JAVA_OPTIONS", javaOptions);
        }
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        Process p =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher did not finish in 2 minutes: " + command);
        return new Run(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void inspectsABundledSampleAsJson() throws Exception {
        Run run = launch(
                "inspect", APP.resolve("sample-data").resolve("penguins.csv").toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        String json = run.out().strip();
        assertEquals(1, json.lines().count(), "one JSON object on one line, nothing else on stdout: " + json);
        assertTrue(json.startsWith("{\"file\":\"") && json.endsWith("}"), json);
        assertTrue(json.contains("\"rows\":344,"), json);
        assertTrue(
                json.contains(
                        "\"label\":{\"name\":\"species\",\"kind\":\"classes\",\"classes\":{\"Adelie\":152,\"Chinstrap\":68,\"Gentoo\":124}}"),
                json);
        assertEquals(
                List.of(VECTOR_WARNING),
                run.err().lines().toList(),
                "on stderr the incubator warning and nothing else (no CDS or JavaFX warnings)");
    }

    @Test
    void benchesAnUnlearningFamilyExactly() throws Exception {
        Run run = launch(
                "bench",
                APP.resolve("sample-data").resolve("penguins.csv").toString(),
                "--label",
                "species",
                "--model",
                "dckmeans",
                "--deletions",
                "3",
                "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"model\":\"dckmeans\""), run.out());
        assertTrue(run.out().contains("\"deletions\":3"), run.out());
        assertTrue(run.out().contains("\"exact\":true"), run.out());
    }

    @Test
    void kMeansRunsTheVectorApiKernel() throws Exception {
        Path classes = home.resolve("classes.log");
        Run run = launchWith(
                "-Xlog:class+load=info:file=" + classes,
                "bench",
                APP.resolve("sample-data").resolve("digits_8x8.csv").toString(),
                "--label",
                "target",
                "--model",
                "kmeans",
                "--deletions",
                "2",
                "--quiet",
                "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.userErr());
        assertTrue(run.out().contains("\"exact\":true"), run.out());
        assertTrue(
                Files.readString(classes).contains("org.unlearn.model.kmeans.VectorDots "),
                "the SIMD kernel (VectorDots) was loaded, not only the column kernel");
    }

    @Test
    void theClassDataSharingArchiveMapsWhereTheImageIs() throws Exception {
        // -Xshare:on turns an archive the JVM would quietly skip (a class path that does not match) into a failure.
        Run run = launchWith("-Xshare:on", "--version");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Unlearn Explorer "), run.out());
    }

    @Test
    void refusesBadInputInOneLine() throws Exception {
        Run run = launch("inspect", home.resolve("none.csv").toString());
        assertEquals(2, run.exitCode());
        assertEquals("error: none.csv: no such file", run.userErr().strip());
    }

    @Test
    void saysTablesawIsNotInThePackage() throws Exception {
        Run run = launch(
                "bench-read", APP.resolve("sample-data").resolve("iris.csv").toString(), "--reader", "tablesaw");
        assertEquals(2, run.exitCode(), run.out());
        assertEquals(1, run.userErr().strip().lines().count(), run.err());
        assertTrue(run.userErr().startsWith("error: --reader tablesaw: Tablesaw is not in this package"), run.err());
        Run ours = launch(
                "bench-read", APP.resolve("sample-data").resolve("iris.csv").toString());
        assertEquals(0, ours.exitCode(), ours.err());
        assertTrue(ours.out().contains("\"rows\":150"), ours.out());
    }

    @Test
    void withoutADisplayTheWindowSaysSoInOneLine() throws Exception {
        Run run = launch();
        assertEquals(2, run.exitCode());
        assertTrue(run.userErr().startsWith("error: no display to open the window on"), run.err());
    }

    @Test
    void theStartScreenFindsTheBundledSamples() throws Exception {
        // The window looks beside its jar (lib/app) the same way; a card per catalogue line.
        Path samples = SampleCatalogue.locate(APP).orElseThrow();
        assertEquals(APP.resolve("sample-data"), samples);
        for (SampleCatalogue.Sample s : SampleCatalogue.read(samples)) {
            assertTrue(Files.isRegularFile(s.file()), "bundled: " + s.file());
        }
    }

    @Test
    void bundlesNoticesForEveryJarAndLeavesTablesawOut() throws Exception {
        String notices = Files.readString(APP.resolve(Notices.FILE));
        List<String> jars;
        try (Stream<Path> files = Files.list(APP)) {
            jars = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".jar"))
                    .toList();
        }
        for (String jar : jars) {
            if (!jar.equals(Staging.MAIN_JAR) && !jar.startsWith("unlearn-")) {
                Matcher entry = Pattern.compile("lib/app/" + Pattern.quote(jar) + "\\)\n  Licence: (\\S+) ")
                        .matcher(notices);
                assertTrue(entry.find(), "THIRD-PARTY-NOTICES names " + jar + " with its licence");
                assertOwnNoticesShipped(jar);
            }
        }
        assertTrue(notices.contains("javafx controls 21.0.8 (org.openjfx:javafx-controls"), notices);
        assertTrue(notices.contains("lib/app/openhtmltopdf-core-1.1.31.jar)\n  Licence: LGPL-2.1-or-later "));
        assertTrue(notices.contains("so the package as a whole\nis MIT-compatible"), notices);
        assertFalse(notices.contains("Licence: GPL-3.0"), "no GPL-3.0 library is bundled");
        assertFalse(
                jars.stream().anyMatch(j -> j.startsWith("smile") || j.startsWith("org.jfree.svg")),
                "Smile and JFreeSVG (GPL-3.0) are gone: " + jars);
        assertTrue(notices.contains("DejaVu Sans"), "the fonts the PDF certificates embed");
        Matcher licence =
                Pattern.compile("\n  Licence: (\\S+) \\(licences/(\\S+)\\)").matcher(notices);
        int named = 0;
        for (; licence.find(); named++) {
            assertEquals(Notices.textFile(licence.group(1)), licence.group(2));
            Path text = APP.resolve(Licences.DIR).resolve(licence.group(2));
            assertTrue(Files.size(text) > 1000, "the text of " + licence.group(1) + " is shipped: " + text);
        }
        assertEquals(jars.size() - 3 + 2, named, "a licence line per third-party jar, the fonts and the runtime");
        assertFalse(Files.exists(APP.resolve(Licences.DIR).resolve("GPL-3.0.txt")), "no licence text nothing names");
        assertFalse(
                jars.stream()
                        .anyMatch(j -> j.startsWith("tablesaw") || j.startsWith("fastutil") || j.startsWith("icu4j")),
                jars.toString());
        assertTrue(Files.isRegularFile(APP.resolve("LICENSE")));
        assertTrue(Files.isRegularFile(IMAGE.resolve("lib").resolve(Packager.NAME + ".png")), "the icon");
    }

    /** A jar's own NOTICE and LICENSE files (Apache's NOTICE must travel with the jar) are readable beside it. */
    private static void assertOwnNoticesShipped(String jar) throws IOException {
        try (ZipFile zip = new ZipFile(APP.resolve(jar).toFile())) {
            for (ZipEntry e : zip.stream().toList()) {
                String name = e.getName();
                if (name.matches("META-INF/(?i)(LICENSE|NOTICE)[^/]*")) {
                    Path copy = APP.resolve(Licences.DIR)
                            .resolve("jars")
                            .resolve(jar.replaceFirst("\\.jar$", ""))
                            .resolve(name.substring("META-INF/".length()));
                    assertTrue(Files.isRegularFile(copy), jar + "'s " + name + " is shipped as " + copy);
                }
            }
        }
    }

    @Test
    void theRuntimeIsTrimmed() throws Exception {
        String release =
                Files.readString(IMAGE.resolve("lib").resolve("runtime").resolve("release"));
        String modules = release.lines()
                .filter(l -> l.startsWith("MODULES="))
                .findFirst()
                .orElseThrow();
        assertTrue(modules.contains("java.desktop") && modules.contains("jdk.unsupported"), modules);
        assertTrue(modules.contains("jdk.incubator.vector"), modules);
        assertFalse(
                modules.contains("java.compiler")
                        || modules.contains("jdk.jshell")
                        || modules.contains("java.net.http"),
                modules);
        assertFalse(Files.exists(IMAGE.resolve("lib").resolve("runtime").resolve("include")), "no header files");
        assertFalse(Files.exists(IMAGE.resolve("lib").resolve("runtime").resolve("man")), "no man pages");
    }
}
