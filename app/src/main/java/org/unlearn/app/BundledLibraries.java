package org.unlearn.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The third-party libraries the app runs with, as the build listed them from their poms
 * ({@code third-party-libraries.tsv}, written by app/src/build/ThirdPartyLibraries.java).
 */
final class BundledLibraries {
    static final String RESOURCE = "third-party-libraries.tsv";

    /** One library: the jar it comes in, Maven's group:artifact, its name, version and licence (an SPDX id). */
    record Library(String file, String coordinates, String name, String version, String licence) {
        @Override
        public String toString() {
            return name + " " + version + " (" + coordinates + ") — " + licence;
        }
    }

    private BundledLibraries() {}

    /** The listed libraries; empty when the build did not list them (the app run from an IDE's classes). */
    static List<Library> listed() {
        try (InputStream in = BundledLibraries.class.getResourceAsStream(RESOURCE)) {
            return in == null ? List.of() : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Library> read(InputStream in) throws IOException {
        List<Library> libraries = new ArrayList<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            libraries.add(new Library(f[0], f[1], f[2], f[3], f[4]));
        }
        return List.copyOf(libraries);
    }

    /**
     * What licence the app as run is under: ours is MIT, and every library it bundles keeps its own, all of them
     * permissive or weak copyleft (the build refuses a GPL library), so the whole is MIT-compatible.
     */
    static String licence(List<Library> present) {
        List<String> theirs =
                present.stream().map(Library::licence).distinct().sorted().toList();
        return theirs.isEmpty()
                ? "MIT"
                : "MIT for its own code; the libraries it bundles keep their own licences (" + String.join(", ", theirs)
                        + "; see THIRD-PARTY-NOTICES)";
    }

    /**
     * The libraries whose jar is beside the app's jar or in its {@code lib} folder, once each: a package leaves
     * out what it does not need (Tablesaw), so About lists what is really there. With no jar found at all (the
     * app run from compiled classes) every listed library is kept.
     */
    static List<Library> present(List<Library> listed, Path jarFolder) {
        List<Library> found = listed.stream()
                .filter(l -> jarFolder != null
                        && (Files.exists(jarFolder.resolve(l.file()))
                                || Files.exists(jarFolder.resolve("lib").resolve(l.file()))))
                .toList();
        Map<String, Library> once = new LinkedHashMap<>();
        for (Library l : found.isEmpty() ? listed : found) {
            once.putIfAbsent(l.coordinates() + ":" + l.version(), l);
        }
        return List.copyOf(once.values());
    }
}
