package org.unlearn.views.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The concept pages: short plain-words explanations of the methods the app shows (retraining, SISA, Q- and
 * DC-k-means, DaRE forests, approximate deletion, membership inference, feature injection, the audit trail), read from
 * text files in this module's resources; a page's first line is its title, blank lines part its paragraphs.
 */
public final class Concepts {
    /** One page: its title and its paragraphs. */
    public record Page(String id, String title, List<String> paragraphs) {}

    private static final List<String> FILES = List.of(
            "1-retraining",
            "2-sisa",
            "3-qkmeans",
            "4-dckmeans",
            // the forest beside the other exact methods, though written last
            "9-dare",
            "5-approximate",
            "6-membership",
            "7-feature-injection",
            "8-audit");

    private Concepts() {}

    public static List<Page> all() {
        return FILES.stream().map(Concepts::read).toList();
    }

    /** The page whose id is {@code id} or ends with "-" + id ("2-sisa", or "sisa"). */
    public static Page page(String id) {
        return FILES.stream()
                .filter(f -> f.equals(id) || f.endsWith("-" + id))
                .findFirst()
                .map(Concepts::read)
                .orElseThrow(() -> new IllegalArgumentException("no concept page \"" + id + "\""));
    }

    /**
     * The page that explains how a model family forgets, by the family's code: its own method's page, the
     * approximate-deletion page for the linear models, and retraining (the baseline) for any other family.
     */
    public static String forFamily(String familyCode) {
        return switch (familyCode == null ? "" : familyCode) {
            case "qkmeans", "dckmeans", "sisa", "dare" -> familyCode;
            case "logreg", "ridge" -> "approximate";
            default -> "retraining";
        };
    }

    /** Whether {@code page} is the one {@code id} names, as {@link #page} reads it. */
    static boolean names(Page page, String id) {
        return id != null && (page.id().equals(id) || page.id().endsWith("-" + id));
    }

    private static Page read(String id) {
        String resource = "/org/unlearn/views/concepts/" + id + ".txt";
        try (InputStream in = Objects.requireNonNull(Concepts.class.getResourceAsStream(resource), resource)) {
            String[] blocks = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .strip()
                    .split("\\R\\s*\\R");
            List<String> paragraphs = java.util.Arrays.stream(blocks)
                    .skip(1)
                    .map(b -> b.strip().replaceAll("\\s*\\R\\s*", " "))
                    .toList();
            return new Page(id, blocks[0].strip(), paragraphs);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
