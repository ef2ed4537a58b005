package org.scoexplorer.data;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One change to a dataset's JSON tree, at a JSON pointer: the file stays valid JSON, so the load gets
 * past the parser into the schema, the mapping into records and the cross-record checks. An edit whose
 * pointer no longer exists (an earlier edit removed it) does nothing.
 */
sealed interface TreeEdit {
    void applyTo(JsonNode root);

    JsonPointer at();

    /** Removes a field of an object or an element of an array. */
    record Remove(JsonPointer at) implements TreeEdit {
        @Override
        public void applyTo(JsonNode root) {
            JsonNode parent = root.at(at.head());
            if (parent instanceof ObjectNode o) {
                o.remove(at.last().getMatchingProperty());
            } else if (parent instanceof ArrayNode a && at.last().mayMatchElement()
                    && at.last().getMatchingIndex() < a.size()) {
                a.remove(at.last().getMatchingIndex());
            }
        }
    }

    /** Puts another value (of another JSON type, or a text from elsewhere in the file) in place of one. */
    record Replace(JsonPointer at, JsonNode value) implements TreeEdit {
        @Override
        public void applyTo(JsonNode root) {
            JsonNode parent = root.at(at.head());
            if (parent instanceof ObjectNode o && o.has(at.last().getMatchingProperty())) {
                o.set(at.last().getMatchingProperty(), value.deepCopy());
            } else if (parent instanceof ArrayNode a && at.last().mayMatchElement()
                    && at.last().getMatchingIndex() < a.size()) {
                a.set(at.last().getMatchingIndex(), value.deepCopy());
            }
        }

        @Override
        public String toString() {
            String v = value.toString();
            return "Replace[" + at + " -> " + (v.length() > 80 ? v.substring(0, 80) + "…" : v) + "]";
        }
    }
}
