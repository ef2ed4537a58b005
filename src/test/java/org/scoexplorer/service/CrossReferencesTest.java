package org.scoexplorer.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.scoexplorer.TestData;
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.model.Corridor;
import org.scoexplorer.model.Country;
import org.scoexplorer.model.Dataset;
import org.scoexplorer.model.Document;
import org.scoexplorer.model.Leg;
import org.scoexplorer.model.Organization;
import org.scoexplorer.model.Person;
import org.scoexplorer.model.Place;
import org.scoexplorer.model.Statement;

/** Reverse links on the mini dataset (hand-checked against mini.json) and on the bundled dataset. */
class CrossReferencesTest {

    private static Dataset load(String text) {
        var result = new DatasetLoader().load(text.getBytes(StandardCharsets.UTF_8), "mini-linked.json");
        assertThat(result.problems()).as("problems").isEmpty();
        return result.dataset();
    }

    /** mini.json with more links: initiatives, document people and corridors, a branch, themed records. */
    private static Dataset linkedMini() {
        String t = TestData.miniText();
        t = TestData.replaceOnce(t, "\"summary\": \"Proposed a railway.\",",
                "\"summary\": \"Proposed a railway.\", \"organization\": \"test-org\", \"initiatives\": [\"test-org\"],"
                        + " \"documents\": [\"test-declaration\"],");
        t = TestData.replaceOnce(t, "\"countries\": [\"AA\"], \"themes\": [\"transport\"],",
                "\"countries\": [\"AA\"], \"themes\": [\"transport\"], \"people\": [\"ann-example\"],"
                        + " \"initiatives\": [\"test-org\"], \"corridors\": [\"north\"],");
        t = TestData.replaceOnce(t, "\"role\": \"President\", \"country\": \"AA\",",
                "\"role\": \"President\", \"country\": \"AA\", \"organization\": \"test-org\",");
        t = TestData.replaceOnce(t, "\"location\": \"alpha\",", "\"location\": \"alpha\", \"themes\": [\"transport\"],");
        t = TestData.replaceOnce(t, "\"id\": \"pipe\", \"name\": \"Gas pipe\",",
                "\"id\": \"pipe\", \"name\": \"Gas pipe\", \"parent\": \"south\", \"themes\": [\"transport\"],"
                        + " \"people\": [\"ann-example\"],");
        return load(t);
    }

    private static <T> List<String> ids(List<T> records, Function<T, String> id) {
        return records.stream().map(id).toList();
    }

    @Nested
    class OnTheMiniDataset {
        private final CrossReferences refs = new CrossReferences(new DatasetIndex(TestData.mini()));

        @Test
        void countries() {
            assertThat(ids(refs.documentsOfCountry("AA"), Document::id)).containsExactly("test-declaration");
            assertThat(refs.documentsOfCountry("BB")).isEmpty();
            // the statement is AA's and made by an AA person: listed once
            assertThat(ids(refs.statementsOfCountry("AA"), Statement::id)).containsExactly("ann-proposal");
            assertThat(ids(refs.peopleOfCountry("AA"), Person::id)).containsExactly("ann-example");
            assertThat(ids(refs.placesInCountry("AA"), Place::id)).containsExactly("alpha", "bravo");
            // delta is a border crossing BB/CC: it is in both
            assertThat(ids(refs.placesInCountry("BB"), Place::id)).containsExactly("charlie", "delta");
            assertThat(ids(refs.placesInCountry("CC"), Place::id)).containsExactly("delta", "echo");
            assertThat(ids(refs.organizationsInCountry("AA"), Organization::id)).containsExactly("test-org");
            assertThat(refs.organizationsInCountry("BB")).isEmpty();
        }

        @Test
        void corridorsThroughACountryFollowTheirRouteWhenTheyListNoCountries() {
            assertThat(ids(refs.corridorsThroughCountry("AA"), Corridor::id)).containsExactly("north", "south");
            assertThat(ids(refs.corridorsThroughCountry("BB"), Corridor::id)).containsExactly("north", "south", "pipe");
            assertThat(ids(refs.corridorsThroughCountry("CC"), Corridor::id)).containsExactly("south", "pipe");
        }

        @Test
        void people() {
            assertThat(ids(refs.statementsOfPerson("ann-example"), Statement::id)).containsExactly("ann-proposal");
            assertThat(refs.documentsOfPerson("ann-example")).isEmpty();
            assertThat(refs.corridorsOfPerson("ann-example")).isEmpty();
            assertThat(refs.countryRepresentedBy("ann-example")).map(Country::id).contains("AA");
        }

        @Test
        void themes() {
            assertThat(ids(refs.documentsWithTheme("transport"), Document::id)).containsExactly("test-declaration");
            assertThat(ids(refs.statementsWithTheme("transport"), Statement::id)).containsExactly("ann-proposal");
            assertThat(refs.organizationsWithTheme("transport")).isEmpty();
            assertThat(refs.corridorsWithTheme("transport")).isEmpty();
        }

        @Test
        void places() {
            assertThat(ids(refs.corridorsThroughPlace("charlie"), Corridor::id)).containsExactly("north", "south", "pipe");
            assertThat(ids(refs.corridorsThroughPlace("alpha"), Corridor::id)).containsExactly("north", "south");
            assertThat(ids(refs.corridorsThroughPlace("echo"), Corridor::id)).containsExactly("pipe");
            assertThat(ids(refs.legsAtPlace("charlie"), Leg::id)).containsExactly("n2", "s2", "p1");
            assertThat(ids(refs.legsAtPlace("delta"), Leg::id)).containsExactly("s1", "s2");
            assertThat(ids(refs.organizationsAtPlace("alpha"), Organization::id)).containsExactly("test-org");
            assertThat(refs.organizationsAtPlace("bravo")).isEmpty();
        }

        @Test
        void corridorsAndDocuments() {
            assertThat(ids(refs.statementsOfCorridor("north"), Statement::id)).containsExactly("ann-proposal");
            assertThat(refs.documentsOfCorridor("north")).isEmpty();
            assertThat(refs.branchesOf("north")).isEmpty();
            assertThat(refs.statementsAboutDocument("test-declaration")).isEmpty();
            assertThat(refs.documentsOfInitiative("test-org")).isEmpty();
            assertThat(refs.statementsOfInitiative("test-org")).isEmpty();
            assertThat(refs.peopleOfOrganization("test-org")).isEmpty();
        }

        @Test
        void unknownAndNullIdsGiveEmptyResults() {
            for (String id : new String[] {"nowhere", null}) {
                assertThat(refs.documentsOfCountry(id)).isEmpty();
                assertThat(refs.statementsOfCountry(id)).isEmpty();
                assertThat(refs.peopleOfCountry(id)).isEmpty();
                assertThat(refs.placesInCountry(id)).isEmpty();
                assertThat(refs.corridorsThroughCountry(id)).isEmpty();
                assertThat(refs.organizationsInCountry(id)).isEmpty();
                assertThat(refs.statementsOfPerson(id)).isEmpty();
                assertThat(refs.documentsOfPerson(id)).isEmpty();
                assertThat(refs.corridorsOfPerson(id)).isEmpty();
                assertThat(refs.countryRepresentedBy(id)).isEmpty();
                assertThat(refs.statementsAboutDocument(id)).isEmpty();
                assertThat(refs.documentsWithTheme(id)).isEmpty();
                assertThat(refs.statementsWithTheme(id)).isEmpty();
                assertThat(refs.organizationsWithTheme(id)).isEmpty();
                assertThat(refs.corridorsWithTheme(id)).isEmpty();
                assertThat(refs.corridorsThroughPlace(id)).isEmpty();
                assertThat(refs.legsAtPlace(id)).isEmpty();
                assertThat(refs.organizationsAtPlace(id)).isEmpty();
                assertThat(refs.documentsOfInitiative(id)).isEmpty();
                assertThat(refs.statementsOfInitiative(id)).isEmpty();
                assertThat(refs.peopleOfOrganization(id)).isEmpty();
                assertThat(refs.documentsOfCorridor(id)).isEmpty();
                assertThat(refs.statementsOfCorridor(id)).isEmpty();
                assertThat(refs.branchesOf(id)).isEmpty();
            }
        }
    }

    @Nested
    class OnTheLinkedMiniDataset {
        private final CrossReferences refs = new CrossReferences(new DatasetIndex(linkedMini()));

        @Test
        void everyLinkIsFollowedBack() {
            assertThat(ids(refs.documentsOfPerson("ann-example"), Document::id)).containsExactly("test-declaration");
            assertThat(ids(refs.corridorsOfPerson("ann-example"), Corridor::id)).containsExactly("pipe");
            assertThat(ids(refs.statementsAboutDocument("test-declaration"), Statement::id))
                    .containsExactly("ann-proposal");
            assertThat(ids(refs.organizationsWithTheme("transport"), Organization::id)).containsExactly("test-org");
            assertThat(ids(refs.corridorsWithTheme("transport"), Corridor::id)).containsExactly("pipe");
            assertThat(ids(refs.documentsOfInitiative("test-org"), Document::id)).containsExactly("test-declaration");
            // named both as the speaking organisation and as an initiative: listed once
            assertThat(ids(refs.statementsOfInitiative("test-org"), Statement::id)).containsExactly("ann-proposal");
            assertThat(ids(refs.peopleOfOrganization("test-org"), Person::id)).containsExactly("ann-example");
            assertThat(ids(refs.documentsOfCorridor("north"), Document::id)).containsExactly("test-declaration");
            assertThat(ids(refs.branchesOf("south"), Corridor::id)).containsExactly("pipe");
            assertThat(refs.branchesOf("pipe")).isEmpty();
        }

        @Test
        void aStatementCountsForItsCountryAndForItsSpeakersCountry() {
            String t = TestData.replaceOnce(TestData.miniText(), "\"kind\": \"proposal\", \"country\": \"AA\"",
                    "\"kind\": \"proposal\", \"country\": \"BB\"");
            CrossReferences moved = new CrossReferences(new DatasetIndex(load(t)));
            assertThat(ids(moved.statementsOfCountry("BB"), Statement::id)).containsExactly("ann-proposal");
            assertThat(ids(moved.statementsOfCountry("AA"), Statement::id)).containsExactly("ann-proposal");
            assertThat(moved.statementsOfCountry("CC")).isEmpty();
        }
    }

    @Nested
    class OnTheBundledDataset {
        private final DatasetIndex index = new DatasetIndex(new DatasetLoader().loadBundled().dataset());
        private final CrossReferences refs = new CrossReferences(index);

        @Test
        void kazakhstanIsLinkedToDocumentsStatementsAndCorridors() {
            assertThat(refs.documentsOfCountry("KZ")).isNotEmpty()
                    .allSatisfy(d -> assertThat(d.countries()).contains("KZ"));
            assertThat(refs.statementsOfCountry("KZ")).isNotEmpty();
            assertThat(ids(refs.statementsOfCountry("KZ"), Statement::id)).contains("tokayev-aifc-financing");
            assertThat(ids(refs.corridorsThroughCountry("KZ"), Corridor::id))
                    .contains("titr", "trans-caspian-express", "kti-railway", "instc-east");
            assertThat(ids(refs.peopleOfCountry("KZ"), Person::id)).contains("kassym-jomart-tokayev");
            assertThat(refs.countryRepresentedBy("kassym-jomart-tokayev")).map(Country::id).contains("KZ");
        }

        @Test
        void theKtiRailwayRunsThroughTurkmenistanAndKazakhstan() {
            assertThat(ids(refs.corridorsThroughCountry("TM"), Corridor::id)).contains("kti-railway");
            assertThat(ids(refs.corridorsThroughCountry("KZ"), Corridor::id)).contains("kti-railway");
            assertThat(ids(refs.corridorsThroughCountry("IR"), Corridor::id)).contains("kti-railway");
            assertThat(ids(refs.corridorsThroughCountry("CN"), Corridor::id)).doesNotContain("kti-railway");
        }

        @Test
        void tehranIsOnSeveralCorridors() {
            assertThat(ids(refs.corridorsThroughPlace("tehran"), Corridor::id))
                    .hasSizeGreaterThanOrEqualTo(3)
                    .contains("instc", "instc-west", "instc-caspian", "instc-east");
            assertThat(refs.legsAtPlace("tehran")).isNotEmpty()
                    .allSatisfy(l -> assertThat(List.of(l.from(), l.to())).contains("tehran"));
        }

        @Test
        void theAntiDrugCentreIsInDushanbeTajikistan() {
            assertThat(ids(refs.organizationsAtPlace("dushanbe"), Organization::id)).contains("sco-anti-drug-centre");
            assertThat(ids(refs.organizationsInCountry("TJ"), Organization::id)).contains("sco-anti-drug-centre");
            assertThat(ids(refs.documentsOfInitiative("sco-anti-drug-centre"), Document::id))
                    .contains("anti-drug-strategy-2024-2029");
            assertThat(ids(refs.statementsOfInitiative("sco-anti-drug-centre"), Statement::id))
                    .contains("anti-drug-centre-dushanbe");
        }

        @Test
        void branchesAndPeople() {
            assertThat(ids(refs.branchesOf("instc"), Corridor::id))
                    .containsExactly("instc-west", "instc-caspian", "instc-east");
            assertThat(ids(refs.corridorsOfPerson("gurbanguly-berdimuhamedov"), Corridor::id))
                    .containsExactly("ckutit", "kti-railway");
            assertThat(ids(refs.statementsAboutDocument("astana-declaration"), Statement::id)).isNotEmpty();
            assertThat(ids(refs.peopleOfOrganization("un"), Person::id)).contains("antonio-guterres");
            assertThat(ids(refs.statementsOfInitiative("un"), Statement::id)).contains("guterres-peace");
        }

        @Test
        void listsAreInDatasetOrderWithoutDuplicates() {
            Dataset d = index.dataset();
            for (Country c : d.countries()) {
                assertOrderedSubset(refs.documentsOfCountry(c.id()), d.documents());
                assertOrderedSubset(refs.statementsOfCountry(c.id()), d.statements());
                assertOrderedSubset(refs.corridorsThroughCountry(c.id()), d.corridors());
                assertOrderedSubset(refs.placesInCountry(c.id()), d.places());
                assertOrderedSubset(refs.organizationsInCountry(c.id()), d.organizations());
            }
            for (Place p : d.places()) {
                assertOrderedSubset(refs.corridorsThroughPlace(p.id()), d.corridors());
                assertOrderedSubset(refs.legsAtPlace(p.id()), d.legs());
            }
            for (var t : d.themes()) {
                assertOrderedSubset(refs.statementsWithTheme(t.id()), d.statements());
                assertOrderedSubset(refs.documentsWithTheme(t.id()), d.documents());
            }
        }

        @Test
        void theListsCannotBeChanged() {
            List<Corridor> list = refs.corridorsThroughPlace("tehran");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> list.clear())
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        private <T> void assertOrderedSubset(List<T> found, List<T> all) {
            assertThat(new HashSet<>(found)).hasSameSizeAs(found);
            int last = -1;
            for (T r : found) {
                int at = all.indexOf(r);
                assertThat(at).isGreaterThan(last);
                last = at;
            }
        }
    }
}
