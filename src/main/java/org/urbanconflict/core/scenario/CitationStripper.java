package org.urbanconflict.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Separates values from their citations: replaces each cited value {@code {"value": X, "source": ...}} by X, and
 * records a {@link Citation} under the value's pointer. The plain tree is what Jackson binds into the parameter
 * beans; the citations go to the parameter tables, tooltips and the ODD document.
 */
public final class CitationStripper {
    private final LocatedDocument document;
    private final String prefix;
    private final Map<String, Citation> citations;

    private CitationStripper(LocatedDocument document, String prefix, Map<String, Citation> citations) {
        this.document = document;
        this.prefix = prefix;
        this.citations = citations;
    }

    /**
     * The plain copy of the subtree at {@code pointer}, adding its citations, in document order, to
     * {@code citations} under {@code prefix + pointer} (the prefix tells map citations from scenario ones).
     */
    public static JsonNode strip(LocatedDocument document, String pointer, String prefix, Map<String, Citation> citations) {
        return new CitationStripper(document, prefix, citations).plain(document.at(pointer), pointer);
    }

    private JsonNode plain(JsonNode node, String pointer) {
        if (ScenarioInheritance.isCited(node)) {
            JsonNode value = node.get("value");
            String text = value.isTextual() ? value.asText() : value.toString();
            citations.put(prefix + pointer, new Citation(prefix + pointer, text, textOrNull(node, "source"),
                    textOrNull(node, "assumption"), document.valueOrigin(pointer).file().toString()));
            return value.deepCopy();
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                copy.set(field.getKey(), plain(field.getValue(), LocatedDocument.child(pointer, field.getKey())));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                copy.add(plain(node.get(i), LocatedDocument.child(pointer, i)));
            }
            return copy;
        }
        return node.deepCopy();
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode text = node.get(field);
        return text == null ? null : text.asText();
    }
}
