package org.unlearn.installer;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The app's class-data-sharing archive (AppCDS, JDK 17): the classes the window loads up to its first frame,
 * parsed and laid out once, mapped at each start. The list of classes is committed (installer/cds/, made by
 * installer/cds/make-classlist.sh); the archive is made from it where the app is, since JDK 17 refuses an
 * archive whose class path has moved (the .deb's postinst makes it again under /opt).
 */
final class ClassDataSharing {
    static final String CLASS_LIST = "unlearn.classlist";
    static final String ARCHIVE = "unlearn.jsa";
    /** A missing or moved archive costs the sharing, never a message on the command line's output. */
    static final String JAVA_OPTIONS =
            "-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE + " -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off";

    private ClassDataSharing() {}

    static void dump(Path image) throws IOException, InterruptedException {
        // The launcher puts the jars on the class path by their real, absolute paths; the archive must name them so.
        Path app = image.resolve("lib").resolve("app").toRealPath();
        Path java = image.resolve("lib").resolve("runtime").resolve("bin").resolve("java");
        if (!Files.isExecutable(java)) {
            Packager.log("no CDS archive: " + java + " not found (the archive is made on Linux only)");
            return;
        }
        List<String> classPath = new ArrayList<>();
        for (String line : Files.readAllLines(app.resolve(Packager.NAME + ".cfg"))) {
            if (line.startsWith("app.classpath=")) {
                classPath.add(line.substring("app.classpath=".length()).replace("$APPDIR", app.toString()));
            }
        }
        long t0 = System.nanoTime();
        Process dump = new ProcessBuilder(
                        java.toString(),
                        "-Xshare:dump",
                        // the same boot layer as the launcher's
                        "--add-modules",
                        Packager.VECTOR_MODULE,
                        "-Xlog:cds=off",
                        "-Xlog:cds+dynamic=off",
                        "-XX:SharedClassListFile=" + app.resolve(CLASS_LIST),
                        "-XX:SharedArchiveFile=" + app.resolve(ARCHIVE),
                        "-cp",
                        String.join(File.pathSeparator, classPath))
                .redirectErrorStream(true)
                .redirectOutput(image.resolveSibling("cds-dump.log").toFile())
                .start();
        if (dump.waitFor() != 0) {
            throw new IllegalStateException("the CDS dump failed; see " + image.resolveSibling("cds-dump.log"));
        }
        Packager.log(String.format(
                "CDS archive %s (%d MB) in %.1f s",
                app.resolve(ARCHIVE), Files.size(app.resolve(ARCHIVE)) >> 20, (System.nanoTime() - t0) / 1e9));
    }
}
