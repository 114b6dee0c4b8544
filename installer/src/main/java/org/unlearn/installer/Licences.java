package org.unlearn.installer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The package's licences folder: the licence texts THIRD-PARTY-NOTICES names (installer/licences/, and the fonts'
 * licence from the app's jar), and the licence and notice files every bundled jar carries, copied out of it so
 * they can be read without unpacking jars (an Apache-licensed jar's NOTICE must travel with it).
 */
final class Licences {
    static final String DIR = "licences";
    /** META-INF/LICENSE, META-INF/NOTICE.txt, LICENSE-LGPL-2.1.txt, org/controlsfx/dialog/license.txt, ... */
    private static final Pattern OWN = Pattern.compile("(?i)(^|.*/)(licen[cs]e|notice|copying)[^/]*");

    private Licences() {}

    /** Copies the licence texts; returns their file names. */
    static Set<String> copyTexts(Path texts, Path mainJar, Path dir) throws IOException {
        Files.createDirectories(dir);
        Set<String> names = new TreeSet<>();
        for (Path text : Tree.list(texts)) {
            if (text.getFileName().toString().endsWith(".txt")) {
                Files.copy(text, dir.resolve(text.getFileName()));
                names.add(text.getFileName().toString());
            }
        }
        String fonts = Notices.textFile(Notices.FONT_LICENCE);
        try (ZipFile zip = new ZipFile(mainJar.toFile())) {
            ZipEntry entry = zip.getEntry(Notices.FONTS + "LICENSE-DejaVu.txt");
            if (entry == null) {
                throw new IllegalStateException(mainJar + " has no " + Notices.FONTS + "LICENSE-DejaVu.txt");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, dir.resolve(fonts));
            }
        }
        names.add(fonts);
        return names;
    }

    /** Copies each jar's own licence and notice files to jars/JAR/; returns them per jar file, as image paths. */
    static Map<String, List<String>> copyFromJars(List<Path> jars, Path dir) throws IOException {
        Map<String, List<String>> copied = new TreeMap<>();
        for (Path jar : jars) {
            String file = jar.getFileName().toString();
            String folder = file.replaceFirst("\\.jar$", "");
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                List<String> names = new ArrayList<>();
                for (ZipEntry e : zip.stream().toList()) {
                    if (e.isDirectory()
                            || e.getName().endsWith(".class")
                            || !OWN.matcher(e.getName()).matches()) {
                        continue;
                    }
                    String name = e.getName().replaceFirst("^META-INF/", "").replace('/', '.');
                    Path target = dir.resolve("jars").resolve(folder).resolve(name);
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(e)) {
                        Files.copy(in, target);
                    }
                    names.add(DIR + "/jars/" + folder + "/" + name);
                }
                if (!names.isEmpty()) {
                    copied.put(file, List.copyOf(names));
                }
            }
        }
        return copied;
    }
}
