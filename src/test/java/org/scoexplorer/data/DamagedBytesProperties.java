package org.scoexplorer.data;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.scoexplorer.data.BundledFixture.Kind;
import org.scoexplorer.data.BundledFixture.Span;
import org.scoexplorer.data.ByteMutation.DeleteRange;
import org.scoexplorer.data.ByteMutation.DuplicateRange;
import org.scoexplorer.data.ByteMutation.Flip;
import org.scoexplorer.data.ByteMutation.FlipBytes;
import org.scoexplorer.data.ByteMutation.InsertBytes;
import org.scoexplorer.data.ByteMutation.SwapRanges;
import org.scoexplorer.data.ByteMutation.Truncate;

/**
 * The bundled dataset damaged the ways a file gets damaged (a bad edit, a cut-off download, a
 * faulty disk, a merge gone wrong): loading it must end, soon, with a dataset or with the loader's own
 * list of located problems, never with an exception (see {@link SoundLoad}).
 */
class DamagedBytesProperties {
    private static final int SIZE = BundledFixture.BYTES.length;

    @Property(tries = 250)
    void deletingARange(@ForAll("deletions") ByteMutation m) {
        load(m);
    }

    @Property(tries = 250)
    void duplicatingARange(@ForAll("duplications") ByteMutation m) {
        load(m);
    }

    @Property(tries = 250)
    void truncating(@ForAll("truncations") ByteMutation m) {
        load(m);
    }

    @Property(tries = 250)
    void flippingBytes(@ForAll("flips") ByteMutation m) {
        load(m);
    }

    @Property(tries = 250)
    void insertingBytes(@ForAll("insertions") ByteMutation m) {
        load(m);
    }

    @Property(tries = 250)
    void swappingRanges(@ForAll("swaps") ByteMutation m) {
        load(m);
    }

    /** A value replaced, in place, by one of another JSON kind: reaches the schema and the mapping. */
    @Property(tries = 250)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void retypingAValue(@ForAll("retypes") Retype r) {
        LoadResult result = SoundLoad.check(r.apply(BundledFixture.TEXT).getBytes(StandardCharsets.UTF_8));
        Statistics.label("stage").collect(SoundLoad.stage(result));
        Statistics.label("stage").coverage(c -> c.check("schema or mapping").percentage(p -> p >= 50));
    }

    private static void load(ByteMutation m) {
        SoundLoad.check(m.apply(BundledFixture.BYTES));
    }

    // --- generators --------------------------------------------------------------------------------

    private static Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, SIZE - 1);
    }

    /** Mostly short ranges (a token, a line), sometimes long ones (a record, half the file). */
    private static Arbitrary<Integer> lengths() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(1, 16)),
                Tuple.of(3, Arbitraries.integers().between(17, 2_000)),
                Tuple.of(1, Arbitraries.integers().between(2_001, SIZE)));
    }

    @Provide
    Arbitrary<ByteMutation> deletions() {
        return Combinators.combine(positions(), lengths()).as(DeleteRange::new);
    }

    @Provide
    Arbitrary<ByteMutation> duplications() {
        // edge cases of three parameters outnumber the tries; the last one draws plain values
        return Combinators.combine(positions(), lengths(), positions().withoutEdgeCases()).as(DuplicateRange::new);
    }

    @Provide
    Arbitrary<ByteMutation> truncations() {
        return positions().map(Truncate::new);
    }

    @Provide
    Arbitrary<ByteMutation> flips() {
        Arbitrary<Flip> flip = Combinators.combine(positions(), Arbitraries.integers().between(1, 255)).as(Flip::new);
        return flip.list().ofMinSize(1).ofMaxSize(8).map(FlipBytes::new);
    }

    /** JSON's own characters and the bytes that trip decoders, mixed with any byte at all. */
    @Provide
    Arbitrary<ByteMutation> insertions() {
        Arbitrary<Byte> telling = Arbitraries.of("{}[]:,\"\\ \n\r\t-.0123456789eEtfn/".chars()
                .mapToObj(c -> (byte) c).toList());
        Arbitrary<Byte> tricky = Arbitraries.of((byte) 0x00, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xFE,
                (byte) 0xFF, (byte) 0xC3, (byte) 0x80, (byte) 0xED, (byte) 0xA0, (byte) 0xF4);
        Arbitrary<Byte> any = Arbitraries.frequencyOf(Tuple.of(5, telling), Tuple.of(2, tricky),
                Tuple.of(2, Arbitraries.bytes()));
        Arbitrary<byte[]> bytes = any.list().ofMinSize(1).ofMaxSize(40).map(DamagedBytesProperties::unbox);
        return Combinators.combine(positions(), bytes).as(InsertBytes::new);
    }

    @Provide
    Arbitrary<ByteMutation> swaps() {
        return Combinators.combine(positions(), positions().withoutEdgeCases(), lengths()).as(SwapRanges::new);
    }

    @Provide
    Arbitrary<Retype> retypes() {
        return Arbitraries.integers().between(0, BundledFixture.SPANS.size() - 1).flatMap(i -> {
            Span span = BundledFixture.SPANS.get(i);
            List<String> others = Retype.LITERALS.stream().filter(l -> Retype.kindOf(l) != span.kind()).toList();
            return Arbitraries.of(others).map(l -> new Retype(i, l));
        });
    }

    private static byte[] unbox(List<Byte> list) {
        byte[] out = new byte[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    /** The value at {@code spanIndex} of the bundled text replaced by {@code literal}. */
    record Retype(int spanIndex, String literal) {
        static final List<String> LITERALS = List.of(
                "\"\"", "\"x\"", "\"KZ\"", "\"2024-02-30\"", "\"" + "a".repeat(5_000) + "\"", "\"\\u0000\"",
                "\"\\ud800\"", "\"  \"",
                "0", "-1", "3.25", "-0.0", "1e309", "1E-400", "2147483648", "123456789012345678901234567890",
                "true", "false", "null",
                "{}", "{\"id\": 1}", "{\"a\": {\"b\": []}}",
                "[]", "[null]", "[1, \"a\", {}]", "[[[[]]]]");

        static Kind kindOf(String literal) {
            return switch (literal.charAt(0)) {
                case '"' -> Kind.STRING;
                case '{' -> Kind.OBJECT;
                case '[' -> Kind.ARRAY;
                case 't', 'f' -> Kind.BOOLEAN;
                case 'n' -> Kind.NULL;
                default -> Kind.NUMBER;
            };
        }

        String apply(String text) {
            Span s = BundledFixture.SPANS.get(spanIndex);
            return text.substring(0, s.start()) + literal + text.substring(s.end());
        }

        @Override
        public String toString() {
            Span s = BundledFixture.SPANS.get(spanIndex);
            String was = BundledFixture.TEXT.substring(s.start(), Math.min(s.end(), s.start() + 60));
            return "Retype[at char " + s.start() + ": " + was + (s.end() - s.start() > 60 ? "…" : "") + " -> "
                    + (literal.length() > 60 ? literal.substring(0, 60) + "…" : literal) + "]";
        }
    }
}
