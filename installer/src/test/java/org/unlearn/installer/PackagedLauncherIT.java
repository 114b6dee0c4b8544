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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlearn.model.data.SampleCatalogue;

/** Runs the launcher of the app image the build just made, headless, as a user would from a terminal. */
class PackagedLauncherIT {
    private static final Path IMAGE = Path.of(System.getProperty("unlearn.image", "target/image/unlearn-explorer"));
    private static final Path APP = IMAGE.resolve("lib").resolve("app");

    @TempDir
    Path home;

    record Run(int exitCode, String out, String err) {}

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
        assertEquals("", run.err(), "nothing on stderr (no CDS or JavaFX warnings)");
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
        assertEquals("error: none.csv: no such file", run.err().strip());
    }

    @Test
    void saysTablesawIsNotInThePackage() throws Exception {
        Run run = launch(
                "bench-read", APP.resolve("sample-data").resolve("iris.csv").toString(), "--reader", "tablesaw");
        assertEquals(2, run.exitCode(), run.out());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: --reader tablesaw: Tablesaw is not in this package"), run.err());
        Run ours = launch(
                "bench-read", APP.resolve("sample-data").resolve("iris.csv").toString());
        assertEquals(0, ours.exitCode(), ours.err());
        assertTrue(ours.out().contains("\"rows\":150"), ours.out());
    }

    @Test
    void withoutADisplayTheWindowSaysSoInOneLine() throws Exception {
        Run run = launch();
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: no display to open the window on"), run.err());
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
        String notices = Files.readString(APP.resolve("THIRD-PARTY-NOTICES"));
        List<String> jars;
        try (Stream<Path> files = Files.list(APP)) {
            jars = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".jar"))
                    .toList();
        }
        for (String jar : jars) {
            if (!jar.equals(Staging.MAIN_JAR) && !jar.startsWith("unlearn-")) {
                assertTrue(notices.contains("lib/app/" + jar + ")"), "THIRD-PARTY-NOTICES names " + jar);
            }
        }
        assertTrue(notices.contains("javafx controls 21.0.8 (org.openjfx:javafx-controls"), notices);
        assertTrue(notices.contains("Licence: GPLv2+CE"), notices);
        assertFalse(
                jars.stream()
                        .anyMatch(j -> j.startsWith("tablesaw") || j.startsWith("fastutil") || j.startsWith("icu4j")),
                jars.toString());
        assertTrue(Files.isRegularFile(APP.resolve("LICENSE")));
        assertTrue(Files.isRegularFile(IMAGE.resolve("lib").resolve(Packager.NAME + ".png")), "the icon");
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
        assertFalse(
                modules.contains("java.compiler")
                        || modules.contains("jdk.jshell")
                        || modules.contains("java.net.http"),
                modules);
        assertFalse(Files.exists(IMAGE.resolve("lib").resolve("runtime").resolve("include")), "no header files");
        assertFalse(Files.exists(IMAGE.resolve("lib").resolve("runtime").resolve("man")), "no man pages");
    }
}
