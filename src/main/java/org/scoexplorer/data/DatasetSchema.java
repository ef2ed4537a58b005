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
import java.util.List;
import java.util.Locale;

/** The JSON Schema that documents the dataset format, applied to a parsed file. */
final class DatasetSchema {
    static final String RESOURCE = "/dataset/sco-dataset.schema.json";

    /** A schema violation, before it is given a line and column. */
    record Violation(String pointer, String message, boolean warning) {}

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
        List<Violation> out = new ArrayList<>();
        // Jackson reads a number beyond the range of double (1e309) as infinity, which the validator
        // cannot compare (it throws); such a file is refused here, with where the number is
        hugeNumbers(document, "", out);
        if (out.isEmpty()) {
            for (ValidationMessage m : schema.validate(document)) {
                out.add(toViolation(m));
            }
        }
        out.sort(Comparator.comparing(Violation::pointer).thenComparing(Violation::message));
        return out;
    }

    private static void hugeNumbers(JsonNode node, String pointer, List<Violation> out) {
        if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
            out.add(new Violation(pointer, describe(pointer, "is a number too large to read"), false));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(f -> hugeNumbers(f.getValue(),
                    pointer + "/" + f.getKey().replace("~", "~0").replace("/", "~1"), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                hugeNumbers(node.get(i), pointer + "/" + i, out);
            }
        }
    }

    private static Violation toViolation(ValidationMessage m) {
        String pointer = m.getInstanceLocation().toString();
        String type = m.getType();
        String property = m.getProperty();
        if ("additionalProperties".equals(type) && property != null) {
            // unknown fields are ignored, so they only warn (a file from a newer minor edit still opens)
            return new Violation(pointer + "/" + property, "unknown field '" + property + "' is ignored", true);
        }
        if ("required".equals(type) && property != null) {
            return new Violation(pointer, "missing required field '" + property + "'", false);
        }
        String text = m.getError();
        if (text == null || text.isBlank()) {
            text = m.getMessage();
        }
        return new Violation(pointer, describe(pointer, text), false);
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
