package org.scoexplorer.data;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * The bundled dataset changed as a tree, so it stays valid JSON: a field or element removed, a value
 * replaced by one of another JSON type (or by a piece of the file from elsewhere), an id or reference
 * replaced by another. The load must reach past the parser (schema, mapping, cross-record checks) and
 * still end soundly (see {@link SoundLoad}).
 */
class TreeMutationProperties {
    private static final ObjectMapper MAPPER = Json.mapper(DatasetLimits.DEFAULT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern ID_LIKE = Pattern.compile("^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$");
    /** Strings that look like ids or references (country codes, record ids, source ids). */
    private static final List<JsonPointer> ID_POINTERS = BundledFixture.POINTERS.stream()
            .filter(p -> BundledFixture.TREE.at(p).isTextual())
            .filter(p -> ID_LIKE.matcher(BundledFixture.TREE.at(p).textValue()).matches()).toList();
    private static final List<String> IDS = ID_POINTERS.stream().map(p -> BundledFixture.TREE.at(p).textValue())
            .distinct().toList();

    /** Fields and elements removed, values of the wrong JSON type: the schema and the mapping speak. */
    @Property(tries = 200)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void removingAndRetypingValues(@ForAll("removalsAndRetypes") List<TreeEdit> edits) throws Exception {
        LoadResult result = load(edits);
        Statistics.label("stage").collect(SoundLoad.stage(result));
        Statistics.label("stage").coverage(c -> c.check("schema or mapping").percentage(p -> p >= 50));
    }

    /** Ids and references swapped for others of the same form: the schema passes, the cross-checks speak. */
    @Property(tries = 200)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void swappingIdsAndReferences(@ForAll("references") List<TreeEdit> edits) throws Exception {
        LoadResult result = load(edits);
        Statistics.label("stage").collect(SoundLoad.stage(result));
        Statistics.label("stage").coverage(c -> {
            c.check("cross-check").percentage(p -> p >= 30);
            c.check("loaded").count(n -> n >= 1);
        });
    }

    private static LoadResult load(List<TreeEdit> edits) throws Exception {
        JsonNode copy = BundledFixture.TREE.deepCopy();
        edits.forEach(e -> e.applyTo(copy));
        return SoundLoad.check(MAPPER.writeValueAsBytes(copy));
    }

    @Provide
    Arbitrary<List<TreeEdit>> removalsAndRetypes() {
        return Arbitraries.oneOf(removals(), retypes()).list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<List<TreeEdit>> references() {
        return referenceSwaps().list().ofMinSize(1).ofMaxSize(2);
    }

    private static Arbitrary<JsonPointer> anyPointer() {
        return Arbitraries.of(BundledFixture.POINTERS);
    }

    private static Arbitrary<TreeEdit> removals() {
        return anyPointer().map(TreeEdit.Remove::new);
    }

    private static Arbitrary<TreeEdit> retypes() {
        return anyPointer().flatMap(p -> valuesOtherThan(BundledFixture.TREE.at(p).getNodeType())
                .map(v -> new TreeEdit.Replace(p, v)));
    }

    /**
     * An id or reference replaced by another of the same form (so the schema's patterns still hold),
     * or by a near miss of that form: duplicate ids, unknown references, and swaps that stay valid.
     */
    private static Arbitrary<TreeEdit> referenceSwaps() {
        return Arbitraries.of(ID_POINTERS).flatMap(p -> {
            String was = BundledFixture.TREE.at(p).textValue();
            List<String> alike = IDS.stream().filter(id -> form(id) == form(was)).toList();
            String nearMiss = switch (form(was)) {
                case 0 -> "ZZ";
                case 1 -> was + "-x";
                default -> was + "X";
            };
            return Arbitraries.oneOf(Arbitraries.of(alike), Arbitraries.just(nearMiss))
                    .map(id -> (TreeEdit) new TreeEdit.Replace(p, NODES.textNode(id)));
        });
    }

    /** 0: a country code, 1: a record id (lower case), 2: anything else id-like (source ids). */
    private static int form(String id) {
        return id.matches("[A-Z]{2}") ? 0 : id.matches("[a-z0-9]+(-[a-z0-9]+)*") ? 1 : 2;
    }

    private static Arbitrary<JsonNode> valuesOtherThan(JsonNodeType type) {
        List<Arbitrary<JsonNode>> kinds = new ArrayList<>();
        if (type != JsonNodeType.STRING) {
            kinds.add(Arbitraries.oneOf(
                    Arbitraries.of("", " ", "KZ", "2024-13-01", "not an id", "a".repeat(5_000)),
                    Arbitraries.strings().ofMaxLength(12)).map(NODES::textNode));
        }
        if (type != JsonNodeType.NUMBER) {
            kinds.add(Arbitraries.oneOf(
                    Arbitraries.integers().map(NODES::numberNode),
                    Arbitraries.of(-0.5, 3.25, 1e300, Double.MIN_VALUE).map(NODES::numberNode),
                    Arbitraries.of(new BigDecimal("1e400"), new BigDecimal("123456789012345678901234567890"))
                            .map(NODES::numberNode)));
        }
        if (type != JsonNodeType.BOOLEAN) {
            kinds.add(Arbitraries.of(true, false).map(NODES::booleanNode));
        }
        if (type != JsonNodeType.NULL) {
            kinds.add(Arbitraries.just(NODES.nullNode()));
        }
        if (type != JsonNodeType.OBJECT) {
            kinds.add(Arbitraries.oneOf(Arbitraries.just(NODES.objectNode()), pieceOfTheFile(JsonNodeType.OBJECT)));
        }
        if (type != JsonNodeType.ARRAY) {
            kinds.add(Arbitraries.oneOf(Arbitraries.just(NODES.arrayNode()),
                    Arbitraries.integers().map(i -> (JsonNode) NODES.arrayNode().add(i)),
                    pieceOfTheFile(JsonNodeType.ARRAY)));
        }
        return Arbitraries.oneOf(kinds);
    }

    /** A value of the given type from elsewhere in the file: a record or a list where it does not belong. */
    private static Arbitrary<JsonNode> pieceOfTheFile(JsonNodeType type) {
        List<JsonNode> pieces = BundledFixture.POINTERS.stream().map(BundledFixture.TREE::at)
                .filter(n -> n.getNodeType() == type && n.toString().length() < 4_000).toList();
        return Arbitraries.of(pieces);
    }
}
