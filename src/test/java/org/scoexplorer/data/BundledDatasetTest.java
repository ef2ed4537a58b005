package org.scoexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scoexplorer.model.Corridor;
import org.scoexplorer.model.Country;
import org.scoexplorer.model.Dataset;
import org.scoexplorer.model.Note;
import org.scoexplorer.model.NoteKind;
import org.scoexplorer.model.Status;

/** The dataset that ships with the app: valid, complete and sourced. */
class BundledDatasetTest {
    private static LoadResult result;
    private static Dataset d;

    @BeforeAll
    static void load() {
        result = new DatasetLoader().loadBundled();
        d = result.dataset();
    }

    @Test
    void itIsValidAgainstTheSchemaAndTheChecksWithoutAnyWarning() {
        assertThat(result.problems()).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(d.formatVersion()).isEqualTo(Dataset.FORMAT_VERSION);
    }

    @Test
    void theShippedFileIsTheOneInTheRepository() throws Exception {
        byte[] repo = Files.readAllBytes(Path.of("resources/dataset/sco-astana-2024.json"));
        try (var in = BundledDatasetTest.class.getResourceAsStream(DatasetLoader.BUNDLED_RESOURCE)) {
            assertThat(in.readAllBytes()).isEqualTo(repo);
        }
    }

    @Test
    void theSummitIsTheTwentyFourthInAstana() {
        assertThat(d.summit().number()).isEqualTo(24);
        assertThat(d.summit().startDate()).isEqualTo("2024-07-03");
        assertThat(d.summit().endDate()).isEqualTo("2024-07-04");
        assertThat(d.summit().country()).isEqualTo("KZ");
        assertThat(d.summit().firstScoPlus()).isTrue();
        assertThat(d.summit().documentsReported()).isEqualTo(25);
        assertThat(d.summit().documentsUnidentified()).isEqualTo(1);
        assertThat(d.summit().nextChair().country()).isEqualTo("CN");
    }

    @Test
    void membershipAsOfJuly2024() {
        Map<Status, List<String>> byStatus = d.countries().stream().collect(Collectors.groupingBy(Country::status,
                Collectors.mapping(Country::id, Collectors.toList())));
        assertThat(byStatus.get(Status.MEMBER))
                .containsExactlyInAnyOrder("CN", "RU", "KZ", "KG", "TJ", "UZ", "IN", "PK", "IR", "BY");
        assertThat(byStatus.get(Status.OBSERVER)).containsExactlyInAnyOrder("MN", "AF");
        assertThat(byStatus.get(Status.DIALOGUE_PARTNER)).containsExactlyInAnyOrder(
                "LK", "TR", "AZ", "AM", "KH", "NP", "EG", "QA", "SA", "BH", "MV", "AE", "KW", "MM");
        assertThat(byStatus.get(Status.GUEST)).contains("TM");
        assertThat(byStatus.get(Status.NONE)).contains("GE", "LA");
        assertThat(country("BY").joined()).isEqualTo(2024);
        assertThat(country("IR").joined()).isEqualTo(2023);
    }

    @Test
    void countryIdsAreIsoAlpha2AndFiguresCarryYearAndSource() {
        for (Country c : d.countries()) {
            assertThat(c.id()).matches("[A-Z]{2}");
            assertThat(c.iso3()).matches("[A-Z]{3}");
            assertThat(c.population()).as(c.id() + " population").isNotNull();
            assertThat(c.gdpUsd()).as(c.id() + " GDP").isNotNull();
            // GDP in dollars, not billions: every SCO-area economy is above a billion
            assertThat(c.gdpUsd().value()).as(c.id() + " GDP in US$").isGreaterThan(1e9);
        }
    }

    @Test
    void everyMemberWasRepresentedAndTheRepresentativesExist() {
        var people = d.people().stream().map(p -> p.id()).collect(Collectors.toSet());
        for (Country c : d.countries()) {
            if (c.status() == Status.MEMBER) {
                assertThat(c.representative()).as(c.id()).isNotNull();
            }
            if (c.representative() != null) {
                assertThat(people).contains(c.representative().person());
            }
        }
        assertThat(country("IN").representative().person()).isEqualTo("s-jaishankar");
        assertThat(country("IR").representative().person()).isEqualTo("mohammad-mokhber");
    }

    @Test
    void the24IdentifiedDocumentsAreThereAndTheStatementsAreUnsigned() {
        assertThat(d.documents()).hasSize(24);
        assertThat(d.documents()).filteredOn(doc -> doc.type().code().equals("statement"))
                .hasSize(3).allSatisfy(doc -> assertThat(doc.signed()).isFalse());
        assertThat(d.documents()).filteredOn(doc -> doc.type().code().equals("declaration")).hasSize(1);
        assertThat(d.documents()).filteredOn(doc -> doc.type().code().equals("agreement")).hasSize(1);
    }

    @Test
    void theSixCorridorsOfTheArticleWithTheirParts() {
        assertThat(d.corridors()).extracting(Corridor::id).contains("ckutit", "cku-railway", "titr",
                "trans-caspian-express", "kti-railway", "instc", "instc-west", "instc-caspian", "instc-east",
                "mrc-corridor", "power-of-siberia-2", "dushanbe-road-agreement");
        assertThat(d.corridors()).filteredOn(c -> c.parent() == null).hasSize(6);
    }

    @Test
    void everyRecordCitesASourceWithAWebAddress() {
        Stream.of(d.countries(), d.people(), d.organizations(), d.documents(), d.statements(), d.places(),
                        d.corridors(), d.legs(), d.themes())
                .flatMap(List::stream)
                .forEach(r -> assertThat(sourcesOf(r)).as(r.toString().substring(0, 60)).isNotEmpty());
        assertThat(d.sources()).allSatisfy(s -> assertThat(s.url()).matches("https?://.+"));
    }

    @Test
    void theArticlesErrorsAreCorrectedWithANote() {
        List<Note> notes = allNotes();
        long articleErrors = notes.stream().filter(n -> n.kind() == NoteKind.ARTICLE_ERROR).count();
        assertThat(articleErrors).isGreaterThanOrEqualTo(15);
        assertThat(notes).filteredOn(n -> n.kind() == NoteKind.ARTICLE_ERROR)
                .allSatisfy(n -> assertThat(n.articleSays()).as(n.text()).isNotBlank());
        // Kazakhstan-Turkmenistan-Iran railway: opened in 2014, not under construction
        Corridor kti = d.corridors().stream().filter(c -> c.id().equals("kti-railway")).findFirst().orElseThrow();
        assertThat(kti.status().code()).isEqualTo("operational");
        assertThat(kti.notes()).anyMatch(n -> n.kind() == NoteKind.ARTICLE_ERROR);
        // Gurbanguly Berdimuhamedov was not head of state
        assertThat(d.people()).filteredOn(p -> p.id().equals("gurbanguly-berdimuhamedov")).singleElement()
                .satisfies(p -> assertThat(p.role()).doesNotContainIgnoringCase("president of turkmenistan"));
    }

    private static Country country(String id) {
        return d.countries().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> sourcesOf(Object record) {
        try {
            @SuppressWarnings("unchecked")
            List<String> s = (List<String>) record.getClass().getMethod("sources").invoke(record);
            return s;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Note> allNotes() {
        Function<Object, List<Note>> notesOf = r -> {
            try {
                @SuppressWarnings("unchecked")
                List<Note> n = (List<Note>) r.getClass().getMethod("notes").invoke(r);
                return n;
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        };
        return Stream.of(List.of(d.summit()), d.countries(), d.people(), d.organizations(), d.documents(),
                        d.statements(), d.places(), d.corridors(), d.legs())
                .flatMap(List::stream).flatMap(r -> notesOf.apply(r).stream()).toList();
    }
}
