package org.unlearn.model.lesson;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unlearn.model.BadInputException;
import org.unlearn.model.family.Families;
import org.unlearn.model.family.FamilyDescriptor;

/**
 * One thing that must hold before a lesson's step lets the student go on, from a small closed vocabulary
 * (see {@link #VOCABULARY}): "model trained", "rows picked >= 3", "family is sisa", "shards = 5". It says
 * whether it holds for the app as it is, and, while it does not, what is still to do in plain words.
 */
public final class Condition {
    /** Every form a check can take, as a teacher writes it; N is a whole number, OP one of >= <= = > <. */
    public static final List<String> VOCABULARY = List.of(
            "dataset is NAME",
            "model trained",
            "family is CODE",
            "OPTION = VALUE (or option OPTION = VALUE)",
            "rows picked OP N",
            "rows forgotten OP N",
            "requests OP N",
            "check run",
            "check identical",
            "model exact",
            "model approximate",
            "view is start|data|forget|consequences|audit",
            "session open",
            "session requests OP N");

    static final List<String> VIEWS = List.of("start", "data", "forget", "consequences", "audit");
    /** The views as the View menu names them, in the order of {@link #VIEWS}. */
    private static final List<String> VIEW_NAMES = List.of(
            "start screen", "dataset view", "Train and forget view", "Cost and consequences view", "Audit view");

    private static final Pattern COUNT = Pattern.compile(
            "(rows picked|rows forgotten|requests|session requests)\\s*(>=|<=|==|=|>|<|≥|≤)\\s*(\\d{1,9})");
    private static final Pattern IS = Pattern.compile("(dataset|family|view) is (\\S+)");
    private static final Pattern OPTION = Pattern.compile("(?:option )?([a-z_][a-z0-9_]*)\\s*=\\s*(\\S+)");

    private enum Kind {
        DATASET,
        TRAINED,
        FAMILY,
        OPTION,
        PICKED,
        FORGOTTEN,
        REQUESTS,
        CHECK_RUN,
        CHECK_IDENTICAL,
        EXACT,
        APPROXIMATE,
        VIEW,
        SESSION_OPEN,
        SESSION_REQUESTS
    }

    private final String text;
    private final Kind kind;
    private final String name;
    private final String value;
    private final Comparison comparison;
    private final int count;

    private Condition(String text, Kind kind, String name, String value, Comparison comparison, int count) {
        this.text = text;
        this.kind = kind;
        this.name = name;
        this.value = value;
        this.comparison = comparison;
        this.count = count;
    }

    /** Reads a check as written; refuses, in one line, one outside the vocabulary. */
    public static Condition parse(String written) {
        String text = written == null ? "" : written.strip().replaceAll("\\s+", " ");
        String s = text.toLowerCase(Locale.ROOT);
        switch (s) {
            case "model trained":
                return simple(text, Kind.TRAINED);
            case "check run":
                return simple(text, Kind.CHECK_RUN);
            case "check identical":
                return simple(text, Kind.CHECK_IDENTICAL);
            case "model exact":
                return simple(text, Kind.EXACT);
            case "model approximate":
                return simple(text, Kind.APPROXIMATE);
            case "session open":
                return simple(text, Kind.SESSION_OPEN);
            default:
                break;
        }
        Matcher m = COUNT.matcher(s);
        if (m.matches()) {
            Kind kind = switch (m.group(1)) {
                case "rows picked" -> Kind.PICKED;
                case "rows forgotten" -> Kind.FORGOTTEN;
                case "requests" -> Kind.REQUESTS;
                default -> Kind.SESSION_REQUESTS;
            };
            Comparison c = Comparison.of(m.group(2)).orElseThrow();
            return new Condition(text, kind, null, null, c, Integer.parseInt(m.group(3)));
        }
        m = IS.matcher(s);
        if (m.matches()) {
            return switch (m.group(1)) {
                case "dataset" -> new Condition(text, Kind.DATASET, null, m.group(2), null, 0);
                case "family" ->
                    new Condition(
                            text, Kind.FAMILY, null, Families.byCode(m.group(2)).code(), null, 0);
                default -> {
                    if (!VIEWS.contains(m.group(2))) {
                        throw new BadInputException(
                                "no view " + m.group(2) + "; the views are " + String.join(", ", VIEWS));
                    }
                    yield new Condition(text, Kind.VIEW, null, m.group(2), null, 0);
                }
            };
        }
        m = OPTION.matcher(s);
        if (m.matches()) {
            return new Condition(text, Kind.OPTION, m.group(1), m.group(2), null, 0);
        }
        throw new BadInputException(
                "unknown check \"" + text + "\"; a check is one of: " + String.join("; ", VOCABULARY));
    }

    private static Condition simple(String text, Kind kind) {
        return new Condition(text, kind, null, null, null, 0);
    }

    /** True when the app, as it is, meets the check. */
    public boolean holds(LessonState app) {
        return switch (kind) {
            case DATASET -> sameDataset(app.dataset(), value);
            case TRAINED -> app.trained();
            case FAMILY -> app.trained() && app.family().equals(value);
            case OPTION -> app.option(name).map(value::equals).orElse(false);
            case PICKED -> comparison.holds(app.picked(), count);
            case FORGOTTEN -> app.trained() && comparison.holds(app.forgotten(), count);
            case REQUESTS -> app.trained() && comparison.holds(app.requests(), count);
            case CHECK_RUN -> app.checked();
            case CHECK_IDENTICAL -> app.checked() && app.identical();
            case EXACT -> app.trained() && app.exact();
            case APPROXIMATE -> app.trained() && !app.exact();
            case VIEW -> app.view().equals(value);
            case SESSION_OPEN -> app.sessionOpen();
            case SESSION_REQUESTS -> app.sessionOpen() && comparison.holds(app.sessionRequests(), count);
        };
    }

    /** What the student still has to do, in plain words, starting with a verb ("pick at least 3 rows"). */
    public String todo() {
        return switch (kind) {
            case DATASET -> "open the " + value + " dataset";
            case TRAINED -> "train the model (Train, Ctrl+T)";
            case FAMILY -> "train " + title(value);
            case OPTION -> "train with " + name + " = " + value;
            case PICKED -> "pick " + comparison.words(count, "row", "rows");
            case FORGOTTEN -> "forget " + comparison.words(count, "row", "rows") + " (Forget, Ctrl+F)";
            case REQUESTS ->
                count == 0 && comparison != Comparison.MORE
                        // A model with no request yet: one trained afresh.
                        ? "train the model afresh (Train, Ctrl+T)"
                        : "make " + comparison.words(count, "forget request", "forget requests");
            case CHECK_RUN -> "check the model against a retrain from scratch (Ctrl+R)";
            case CHECK_IDENTICAL -> "check against a retrain from scratch and find the two identical";
            case EXACT -> "make the model exact again (Consolidate retrains it)";
            case APPROXIMATE -> "forget rows by an approximate method";
            case VIEW -> "show the " + VIEW_NAMES.get(VIEWS.indexOf(value)) + " (" + viewKeys(value) + ")";
            case SESSION_OPEN -> "start a compliance session (File ▸ New session…)";
            case SESSION_REQUESTS ->
                "record " + comparison.words(count, "erasure request", "erasure requests") + " in the session";
        };
    }

    /** The check as the teacher wrote it. */
    public String text() {
        return text;
    }

    static boolean sameDataset(String open, String wanted) {
        String file = open.toLowerCase(Locale.ROOT);
        String w = wanted.toLowerCase(Locale.ROOT);
        return !file.isEmpty() && (file.equals(w) || file.startsWith(w + "."));
    }

    /** "a Q-k-means model", "a SISA ensemble", "a logistic regression model": as a sentence names it. */
    private static String title(String code) {
        FamilyDescriptor<?> f = Families.byCode(code);
        String t = f.title();
        if (t.endsWith(" regression")) {
            t = Character.toLowerCase(t.charAt(0)) + t.substring(1);
        }
        boolean named = t.endsWith(" ensemble") || t.endsWith(" forest") || t.endsWith(" model");
        return "a " + t + (named ? "" : " model");
    }

    private static String viewKeys(String view) {
        return "Ctrl+" + (VIEWS.indexOf(view) + 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Condition c && c.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
