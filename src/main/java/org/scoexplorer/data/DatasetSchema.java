package org.scoexplorer.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scoexplorer.model.Dataset;

/** The JSON Schema that documents the dataset format, applied to a parsed file. */
final class DatasetSchema {
    static final String RESOURCE = "/dataset/sco-dataset.schema.json";

    /** A schema violation, before it is given a line and column. */
    record Violation(Problem.Kind kind, String pointer, String message, boolean warning) {}

    private final JsonSchema schema;

    DatasetSchema(ObjectMapper mapper) {
        try (InputStream in = DatasetSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the dataset schema is missing from the application: " + RESOURCE);
            }
            JsonNode node = mapper.readTree(in);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .locale(Locale.ENGLISH)
                    .build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Violation> validate(JsonNode document) {
        List<Violation> out = nonFiniteNumbers(document);
        if (!out.isEmpty()) {
            // the validator cannot compare infinity with its bounds (it throws); these come first
            return out;
        }
        for (ValidationMessage m : schema.validate(document)) {
            out.add(toViolation(m));
        }
        out.sort(Comparator.comparing(Violation::pointer).thenComparing(Violation::message));
        return out;
    }

    /**
     * Numbers such as 1e400 that overflow to infinity. JSON has no infinity, so the file meant a number
     * no dataset value can hold; left alone it would pass a bare "minimum" and become an infinite
     * population.
     */
    static List<Violation> nonFiniteNumbers(JsonNode root) {
        List<Violation> out = new ArrayList<>();
        nonFinite(root, new StringBuilder(), out);
        return out;
    }

    /** Depth-first, in document order; recursion is bounded by the parser's nesting limit. */
    private static void nonFinite(JsonNode node, StringBuilder pointer, List<Violation> out) {
        int length = pointer.length();
        if (node.isContainerNode()) {
            if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> f = it.next();
                    pointer.append('/').append(f.getKey().replace("~", "~0").replace("/", "~1"));
                    nonFinite(f.getValue(), pointer, out);
                    pointer.setLength(length);
                }
            } else {
                for (int i = 0; i < node.size(); i++) {
                    pointer.append('/').append(i);
                    nonFinite(node.get(i), pointer, out);
                    pointer.setLength(length);
                }
            }
        } else if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
            String at = pointer.toString();
            out.add(new Violation(Problem.Kind.SCHEMA_RANGE, at, describe(at, "is too large a number to hold"), false));
        }
    }

    private static Violation toViolation(ValidationMessage m) {
        String pointer = m.getInstanceLocation().toString();
        String type = m.getType();
        String property = m.getProperty();
        if ("additionalProperties".equals(type) && property != null) {
            // unknown fields are ignored, so they only warn (a file from a newer minor edit still opens)
            return new Violation(Problem.Kind.UNKNOWN_FIELD, pointer + "/" + property,
                    "unknown field '" + property + "' is ignored", true);
        }
        if ("required".equals(type) && property != null) {
            return new Violation(Problem.Kind.SCHEMA_REQUIRED, pointer, "missing required field '" + property + "'",
                    false);
        }
        if ("const".equals(type) && "/formatVersion".equals(pointer)) {
            // "must be the constant value '1'" reads as if "1" were right; say it is a number
            JsonNode found = m.getInstanceNode();
            return new Violation(Problem.Kind.SCHEMA_VALUE, pointer, "'formatVersion' must be the number "
                    + Dataset.FORMAT_VERSION + ", not " + (found == null ? "this" : found.isTextual()
                    ? "the string " + found : found.toString()), false);
        }
        String text = m.getError();
        if (text == null || text.isBlank()) {
            text = m.getMessage();
        }
        return new Violation(kindOf(type), pointer, describe(pointer, text), false);
    }

    /** The kind of problem a schema keyword stands for. */
    static Problem.Kind kindOf(String keyword) {
        if (keyword == null) {
            return Problem.Kind.SCHEMA_OTHER;
        }
        return switch (keyword) {
            case "type" -> Problem.Kind.SCHEMA_TYPE;
            case "required" -> Problem.Kind.SCHEMA_REQUIRED;
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf" -> Problem.Kind.SCHEMA_RANGE;
            case "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties" ->
                    Problem.Kind.SCHEMA_LENGTH;
            case "enum", "const" -> Problem.Kind.SCHEMA_VALUE;
            case "pattern", "format", "propertyNames" -> Problem.Kind.SCHEMA_PATTERN;
            case "uniqueItems" -> Problem.Kind.SCHEMA_UNIQUE;
            case "additionalProperties", "unevaluatedProperties" -> Problem.Kind.UNKNOWN_FIELD;
            default -> Problem.Kind.SCHEMA_OTHER;
        };
    }

    /** networknt phrases messages as "must be ..."; name the field so the line reads on its own. */
    private static String describe(String pointer, String text) {
        int slash = pointer.lastIndexOf('/');
        String field = slash >= 0 ? pointer.substring(slash + 1) : "";
        if (field.isEmpty()) {
            return text;
        }
        return (field.chars().allMatch(Character::isDigit) ? "item " + field : "'" + field + "'") + " " + text;
    }
}
