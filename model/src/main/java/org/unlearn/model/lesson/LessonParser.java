package org.unlearn.model.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.unlearn.model.BadInputException;
import org.unlearn.model.family.Families;
import org.unlearn.model.family.FamilyDescriptor;
import org.unlearn.model.family.Options;

/**
 * Reads a lesson file (JSON, see docs/lessons.md). A lesson that cannot be read is refused with one line
 * naming the file, the line and column, and the field: {@code sisa.json line 12, column 16: steps[2].check:
 * unknown check "rows pickd >= 3"; …}.
 */
public final class LessonParser {
    public static final int MAX_STEPS = 30;
    private static final JsonFactory JSON = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern ROW_IDS =
            Pattern.compile("\\s*\\d+(\\s*-\\s*\\d+)?(\\s*,\\s*\\d+(\\s*-\\s*\\d+)?)*\\s*");
    private static final List<String> LESSON_FIELDS = List.of("title", "summary", "steps");
    private static final List<String> STEP_FIELDS = List.of("title", "text", "action", "setup", "check");
    private static final List<String> SETUP_FIELDS = List.of(
            "dataset", "label", "family", "options", "seed", "train", "forget", "pick", "filter", "view", "chart");

    private final String file;
    private final Set<String> datasets;
    private final Map<String, JsonLocation> where = new HashMap<>();
    /** Where each field's name is, for a refusal of the field itself (an unknown name). */
    private final Map<String, JsonLocation> names = new HashMap<>();

    private LessonParser(String file, Set<String> datasets) {
        this.file = file;
        this.datasets = datasets;
    }

    /**
     * Reads a lesson file.
     *
     * @param datasets the datasets a setup may name (sample names and file names, lower case), or empty to take
     *                 any
     */
    public static Lesson read(Path path, Set<String> datasets) {
        String name = path.getFileName().toString();
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot be read (" + e.getMessage() + ")");
        }
        return parse(name, text, datasets);
    }

    /** Reads a lesson from its text; {@code file} names it in messages. */
    public static Lesson parse(String file, String text, Set<String> datasets) {
        LessonParser parser = new LessonParser(file, datasets);
        JsonNode root;
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() == null) {
                throw new BadInputException(
                        file + ": empty; a lesson is a JSON object with a title, a summary and steps");
            }
            root = parser.value(p, "");
            if (p.nextToken() != null) {
                throw parser.refuse(p.currentTokenLocation(), "", "more after the lesson's closing brace");
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String what = e.getOriginalMessage().lines().findFirst().orElse("not JSON");
            throw new BadInputException(
                    file + (at == null ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr())
                            + ": not JSON: " + what);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        return parser.lesson(root);
    }

    private Lesson lesson(JsonNode root) {
        ObjectNode o = object(root, "", "the lesson", LESSON_FIELDS);
        String title = requiredText(o, "", "title");
        String summary = requiredText(o, "", "summary");
        JsonNode steps = o.get("steps");
        if (!(steps instanceof ArrayNode array) || array.isEmpty() || array.size() > MAX_STEPS) {
            throw refuse(
                    steps == null ? "" : "steps",
                    steps == null ? "no \"steps\"" : "\"steps\" must be a list of 1 to " + MAX_STEPS + " steps");
        }
        List<LessonStep> read = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            read.add(step(array.get(i), "steps[" + i + "]"));
        }
        return new Lesson(file, title, summary, read);
    }

    private LessonStep step(JsonNode node, String path) {
        ObjectNode o = object(node, path, "a step", STEP_FIELDS);
        String title = optionalText(o, path, "title");
        String text = requiredText(o, path, "text");
        String action = optionalText(o, path, "action");
        LessonSetup setup = o.has("setup") ? setup(o.get("setup"), path + ".setup") : LessonSetup.NONE;
        List<Condition> checks = new ArrayList<>();
        JsonNode check = o.get("check");
        if (check != null) {
            if (check.isTextual()) {
                checks.add(condition(check, path + ".check"));
            } else if (check instanceof ArrayNode list) {
                for (int i = 0; i < list.size(); i++) {
                    checks.add(condition(list.get(i), path + ".check[" + i + "]"));
                }
            } else {
                throw refuse(path + ".check", "a check is text, or a list of them");
            }
        }
        if (!checks.isEmpty() && action.isEmpty()) {
            throw refuse(path + ".check", "a step with a check needs an \"action\" saying what to do");
        }
        return new LessonStep(title, text, action, setup, checks);
    }

    private Condition condition(JsonNode node, String path) {
        if (!node.isTextual()) {
            throw refuse(path, "a check is text, such as \"rows picked >= 3\"");
        }
        try {
            return Condition.parse(node.asText());
        } catch (BadInputException e) {
            throw refuse(path, e.getMessage());
        }
    }

    private LessonSetup setup(JsonNode node, String path) {
        ObjectNode o = object(node, path, "a setup", SETUP_FIELDS);
        String dataset = optionalText(o, path, "dataset");
        if (!dataset.isEmpty()
                && !datasets.isEmpty()
                && !datasets.contains(dataset.toLowerCase(java.util.Locale.ROOT))) {
            throw refuse(path + ".dataset", "no sample dataset named \"" + dataset + "\"");
        }
        String family = optionalText(o, path, "family");
        FamilyDescriptor<?> descriptor = null;
        if (!family.isEmpty()) {
            try {
                descriptor = Families.byCode(family);
            } catch (BadInputException e) {
                throw refuse(path + ".family", e.getMessage());
            }
        }
        String options = optionalText(o, path, "options");
        if (!options.isEmpty()) {
            if (descriptor == null) {
                throw refuse(path + ".options", "options need the \"family\" they belong to, in the same setup");
            }
            try {
                Options.parse(descriptor.code(), descriptor.options(), options);
            } catch (BadInputException e) {
                throw refuse(path + ".options", e.getMessage());
            }
        }
        Long seed = null;
        if (o.has("seed")) {
            if (!o.get("seed").canConvertToLong() || !o.get("seed").isIntegralNumber()) {
                throw refuse(path + ".seed", "the seed must be a whole number");
            }
            seed = o.get("seed").asLong();
        }
        boolean train = false;
        if (o.has("train")) {
            if (!o.get("train").isBoolean()) {
                throw refuse(path + ".train", "train is true or false");
            }
            train = o.get("train").asBoolean();
        }
        List<String> forget = new ArrayList<>();
        JsonNode requests = o.get("forget");
        if (requests != null) {
            if (!(requests instanceof ArrayNode list)) {
                throw refuse(path + ".forget", "forget is a list of requests, each row ids such as \"12, 40-45\"");
            }
            for (int i = 0; i < list.size(); i++) {
                forget.add(rowIds(list.get(i), path + ".forget[" + i + "]"));
            }
            if (!train) {
                throw refuse(path + ".forget", "forgetting in a setup needs \"train\": true first");
            }
        }
        String pick = o.has("pick") ? rowIds(o.get("pick"), path + ".pick") : null;
        String filter = optionalText(o, path, "filter");
        if (pick != null && !filter.isEmpty()) {
            throw refuse(path + ".filter", "pick rows by ids or by a filter, not both");
        }
        String view = optionalText(o, path, "view");
        if (!view.isEmpty() && !Condition.VIEWS.contains(view)) {
            throw refuse(path + ".view", "no view " + view + "; the views are " + String.join(", ", Condition.VIEWS));
        }
        String chart = optionalText(o, path, "chart");
        if (!chart.isEmpty() && !LessonSetup.CHARTS.containsKey(chart)) {
            throw refuse(
                    path + ".chart",
                    "no chart " + chart + "; the charts are " + String.join(", ", LessonSetup.CHARTS.keySet()));
        }
        return new LessonSetup(
                blankToNull(dataset),
                blankToNull(optionalText(o, path, "label")),
                blankToNull(family),
                blankToNull(options),
                seed,
                train,
                forget,
                pick,
                blankToNull(filter),
                blankToNull(view),
                blankToNull(chart));
    }

    private String rowIds(JsonNode node, String path) {
        if (!node.isTextual() || !ROW_IDS.matcher(node.asText()).matches()) {
            throw refuse(path, "row ids are written \"12, 40-45\"");
        }
        return node.asText().strip();
    }

    private ObjectNode object(JsonNode node, String path, String what, List<String> fields) {
        if (!(node instanceof ObjectNode o)) {
            throw refuse(path, what + " is a JSON object { … }");
        }
        for (var fieldNames = o.fieldNames(); fieldNames.hasNext(); ) {
            String name = fieldNames.next();
            if (!fields.contains(name)) {
                throw refuse(
                        names.get(join(path, name)),
                        join(path, name),
                        "unknown field \"" + name + "\"; " + what + " has " + String.join(", ", fields));
            }
        }
        return o;
    }

    private String requiredText(ObjectNode o, String path, String field) {
        String text = optionalText(o, path, field);
        if (text.isBlank()) {
            throw refuse(o.has(field) ? join(path, field) : path, "no \"" + field + "\" (it is required)");
        }
        return text;
    }

    private String optionalText(ObjectNode o, String path, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isTextual()) {
            throw refuse(join(path, field), "\"" + field + "\" must be text in quotes");
        }
        return v.asText().strip();
    }

    /** Reads one JSON value into a tree, remembering where each field and element began. */
    private JsonNode value(JsonParser p, String path) throws IOException {
        where.put(path, p.currentTokenLocation());
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String child = join(path, name);
                    names.put(child, p.currentTokenLocation());
                    if (o.has(name)) {
                        throw refuse(p.currentTokenLocation(), child, "\"" + name + "\" twice");
                    }
                    p.nextToken();
                    o.set(name, value(p, child));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(value(p, path + "[" + i++ + "]"));
                }
                return a;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return NODES.numberNode(p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            default -> {
                return NODES.nullNode();
            }
        }
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private BadInputException refuse(String path, String problem) {
        return refuse(where.get(path), path, problem);
    }

    private BadInputException refuse(JsonLocation at, String path, String problem) {
        String place = at == null ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new BadInputException(file + place + ": " + (path.isEmpty() ? "" : path + ": ") + problem);
    }
}
