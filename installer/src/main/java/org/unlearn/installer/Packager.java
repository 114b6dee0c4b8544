package org.unlearn.installer;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.spi.ToolProvider;

/**
 * Build step run by the installer module (in its own JVM, the JDK Maven runs on): stages the app's jars, samples
 * and notices, trims a Java runtime to the modules jdeps finds, makes the app image with jpackage, then any
 * installers asked for, then the image's class-data-sharing archive (last, so the installers do not carry an
 * archive made for this folder: the .deb makes its own when installed).
 *
 * <pre>java -cp installer/target/classes org.unlearn.installer.Packager name=value ...</pre>
 * Names: deps (the copied jars, the app's own among them), main-jar, samples, licence, resources (installer/),
 * out (installer/target), version, types (app-image, deb, rpm, msi, exe, dmg, pkg; comma-separated).
 */
public final class Packager {
    static final String NAME = "unlearn-explorer";
    static final String MAIN_CLASS = "org.unlearn.app.Launcher";
    /** Where the .deb and .rpm put the app; the installed archive is made there by the package's postinst. */
    static final String INSTALL_DIR = "/opt";

    static final String VECTOR_MODULE = "jdk.incubator.vector";
    /** The launcher's java option that gives the app the Vector API (see {@link #withVectorApi}). */
    static final String VECTOR_API = "--add-modules " + VECTOR_MODULE;

    private final Map<String, String> options;

    private Packager(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            options.put(a.substring(0, eq), a.substring(eq + 1));
        }
        new Packager(options).run();
    }

    private String option(String name) {
        String v = options.get(name);
        if (v == null) {
            throw new IllegalArgumentException("Packager: no " + name + "=...");
        }
        return v;
    }

    private void run() throws Exception {
        Path out = Path.of(option("out"));
        List<String> types = Arrays.asList(option("types").split(","));
        Path resources = Path.of(option("resources"));
        long start = System.nanoTime();
        Staging staging = Staging.stage(
                Path.of(option("deps")),
                option("main-jar"),
                Path.of(option("samples")),
                Path.of(option("licence")),
                resources.resolve(Licences.DIR),
                resources.resolve("cds").resolve("unlearn.classlist"),
                option("version"),
                out.resolve("input"));
        String modules = tool(
                        "jdeps",
                        "--ignore-missing-deps",
                        "--print-module-deps",
                        "--multi-release",
                        "17",
                        "-q",
                        "--class-path",
                        staging.classPath(),
                        staging.mainJar().toString())
                .strip();
        modules = withVectorApi(modules);
        Path runtime = out.resolve("runtime");
        Tree.delete(runtime);
        tool(
                "jlink",
                "--add-modules",
                modules,
                "--strip-debug",
                "--no-man-pages",
                "--no-header-files",
                "--output",
                runtime.toString());
        Path images = out.resolve("image");
        Tree.delete(images);
        String version = appVersion(option("version"));
        List<String> image = new ArrayList<>(List.of(
                "--type",
                "app-image",
                "--name",
                NAME,
                "--app-version",
                version,
                "--vendor",
                "Unlearn Explorer",
                "--input",
                staging.dir().toString(),
                "--main-jar",
                staging.mainJar().getFileName().toString(),
                "--main-class",
                MAIN_CLASS,
                "--runtime-image",
                runtime.toString(),
                "--dest",
                images.toString(),
                "--icon",
                resources.resolve(iconFor("app-image")).toString(),
                "--java-options",
                ClassDataSharing.JAVA_OPTIONS + " -Xmx4g " + VECTOR_API));
        tool("jpackage", image.toArray(String[]::new));
        Path app = images.resolve(NAME);
        log("app image: " + app + " (" + modules + ")");
        for (String type : types) {
            if (!type.equals("app-image")) {
                installer(type, app, version, resources, out.resolve("dist"));
            }
        }
        ClassDataSharing.dump(app);
        log(String.format(
                "done in %.1f s (%.1f s of CPU in this JVM)", (System.nanoTime() - start) / 1e9, cpuSeconds()));
    }

    /**
     * jlink must link the incubator module by name (jdeps may not list it) and the launcher must resolve it with
     * --add-modules (incubator modules are never resolved by default): then k-means and the Gram matrix run their
     * SIMD kernels, and the JVM prints one line on stderr, "WARNING: Using incubator modules: jdk.incubator.vector".
     */
    static String withVectorApi(String modules) {
        return List.of(modules.split(",")).contains(VECTOR_MODULE) ? modules : modules + "," + VECTOR_MODULE;
    }

    private void installer(String type, Path app, String version, Path resources, Path dest) throws IOException {
        List<String> missing = Tools.missingFor(type);
        if (!missing.isEmpty()) {
            log("no ." + type + " here: " + String.join(" and ", missing) + " not found on the PATH");
            return;
        }
        Files.createDirectories(dest);
        List<String> args = new ArrayList<>(List.of(
                "--type",
                type,
                "--name",
                NAME,
                "--app-version",
                version,
                "--vendor",
                "Unlearn Explorer",
                "--app-image",
                app.toString(),
                "--dest",
                dest.toString(),
                "--description",
                "Makes machine unlearning visible: train models that can forget, forget rows, see the cost.",
                // the package's licence as a whole (its copyright file on Linux), which names our own MIT LICENSE
                "--license-file",
                Path.of(option("out")).resolve("input").resolve(Notices.FILE).toString(),
                "--icon",
                resources.resolve(iconFor(type)).toString()));
        if (type.equals("deb") || type.equals("rpm")) {
            args.addAll(List.of(
                    "--install-dir",
                    INSTALL_DIR,
                    "--resource-dir",
                    resources.resolve("linux").toString(),
                    "--linux-shortcut",
                    "--linux-menu-group",
                    "Education;Science",
                    "--linux-app-category",
                    "science"));
        }
        if (type.equals("msi") || type.equals("exe")) {
            args.addAll(List.of("--win-menu", "--win-shortcut", "--win-menu-group", "Unlearn Explorer"));
        }
        tool("jpackage", args.toArray(String[]::new));
        log("." + type + " in " + dest);
    }

    private static String iconFor(String type) {
        return switch (type) {
            case "msi", "exe" -> "icons/unlearn-explorer.ico";
            case "dmg", "pkg" -> "icons/unlearn-explorer.icns";
            default -> "icons/unlearn-explorer-256.png";
        };
    }

    /** jpackage wants one to three numbers: 0.1.0-SNAPSHOT is packaged as 0.1.0. */
    static String appVersion(String mavenVersion) {
        String numbers = mavenVersion.replaceFirst("[^0-9.].*$", "").replaceFirst("\\.$", "");
        return numbers.isEmpty() ? "0.0.0" : numbers;
    }

    static String tool(String name, String... args) {
        ToolProvider tool = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException(
                        name + " is not in this JDK (" + System.getProperty("java.home") + ")"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long t0 = System.nanoTime();
        double cpu0 = cpuSeconds();
        int code = tool.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        log(String.format("%s took %.1f s (%.1f s of CPU)", name, (System.nanoTime() - t0) / 1e9, cpuSeconds() - cpu0));
        if (code != 0) {
            throw new IllegalStateException(
                    name + " failed (" + code + "): " + out + err + "\n  arguments: " + String.join(" ", args));
        }
        return out.toString();
    }

    /** This JVM's CPU time so far: the tools run in it, and on a shared machine wall time mostly says the load. */
    static double cpuSeconds() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(d -> d.toNanos() / 1e9)
                .orElse(Double.NaN);
    }

    static void log(String line) {
        System.out.println("[installer] " + line);
    }
}
