package org.scoexplorer.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scoexplorer.TestData;
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.model.Corridor;
import org.scoexplorer.model.Country;
import org.scoexplorer.model.Dataset;
import org.scoexplorer.model.Document;
import org.scoexplorer.model.Organization;
import org.scoexplorer.model.Person;
import org.scoexplorer.model.Place;
import org.scoexplorer.model.Theme;

/** The search over the bundled dataset, the mini dataset and variants of the mini dataset. */
class SearchServiceTest {
    private static final Dataset BUNDLED = new DatasetLoader().loadBundled().dataset();
    private static final SearchService BUNDLED_SEARCH = new SearchService(new DatasetIndex(BUNDLED));
    private static final SearchService MINI_SEARCH = new SearchService(new DatasetIndex(TestData.mini()));

    private static List<SearchHit> search(String query) {
        return BUNDLED_SEARCH.search(query, 50);
    }

    private static List<RecordRef> refs(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::ref).toList();
    }

    private static SearchHit first(String query) {
        List<SearchHit> hits = search(query);
        assertThat(hits).as("hits for %s", query).isNotEmpty();
        return hits.get(0);
    }

    private static SearchHit hitFor(List<SearchHit> hits, RecordRef ref) {
        return hits.stream().filter(h -> h.ref().equals(ref)).findFirst()
                .orElseThrow(() -> new AssertionError(ref + " not among " + refs(hits)));
    }

    private static SearchService searchOf(String miniJson) {
        var result = new DatasetLoader().load(miniJson.getBytes(StandardCharsets.UTF_8), "variant.json");
        assertThat(result.ok()).as("variant loads: %s", result.problems()).isTrue();
        return new SearchService(new DatasetIndex(result.dataset()));
    }

    // --- kinds ---------------------------------------------------------------------------------------------

    @Test
    void everySearchableKindIsFound() {
        assertThat(first("Kazakhstan").ref()).isEqualTo(RecordRef.country("KZ"));
        assertThat(first("Tokayev").ref()).isEqualTo(RecordRef.person("kassym-jomart-tokayev"));
        assertThat(first("Astana Declaration").ref()).isEqualTo(RecordRef.document("astana-declaration"));
        assertThat(first("Mashhad").ref()).isEqualTo(RecordRef.place("mashhad"));
        assertThat(first("Middle Corridor").ref()).isEqualTo(RecordRef.corridor("titr"));
        assertThat(first("ILRS").ref()).isEqualTo(RecordRef.organization("ilrs"));
        assertThat(first("Space").ref()).isEqualTo(RecordRef.theme("space"));

        assertThat(MINI_SEARCH.search("Betastan", 5).get(0).ref()).isEqualTo(RecordRef.country("BB"));
        assertThat(MINI_SEARCH.search("ann", 5).get(0).ref()).isEqualTo(RecordRef.person("ann-example"));
        assertThat(MINI_SEARCH.search("declaration", 5).get(0).ref()).isEqualTo(RecordRef.document("test-declaration"));
        assertThat(MINI_SEARCH.search("echo", 5).get(0).ref()).isEqualTo(RecordRef.place("echo"));
        assertThat(MINI_SEARCH.search("gas pipe", 5).get(0).ref()).isEqualTo(RecordRef.corridor("pipe"));
        assertThat(MINI_SEARCH.search("organisation", 5).get(0).ref()).isEqualTo(RecordRef.organization("test-org"));
        assertThat(MINI_SEARCH.search("transport", 5).get(0).ref()).isEqualTo(RecordRef.theme("transport"));
    }

    @Test
    void statementsAreNotSearched() {
        // "railway" occurs in the mini dataset only in a statement's summary
        assertThat(MINI_SEARCH.search("railway", 10)).isEmpty();
        for (String q : List.of("a", "proposed", "xi", "lunar", "drug", "corridor", "tokayev")) {
            assertThat(search(q)).extracting(h -> h.ref().kind()).doesNotContain(RecordKind.STATEMENT);
        }
    }

    @Test
    void resultsAreDistinctRecordsOrderedByScore() {
        for (String q : List.of("a", "in", "sco", "kaz", "trans caspian", "r", "t")) {
            List<SearchHit> hits = BUNDLED_SEARCH.search(q, 1000);
            assertThat(refs(hits)).as(q).doesNotHaveDuplicates();
            assertThat(hits).extracting(SearchHit::score).as(q).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        }
    }

    // --- aliases, diacritics, codes -------------------------------------------------------------------------

    @Test
    void aliasesAndDiacriticsAreIgnoredWhenMatching() {
        for (String q : List.of("turkiye", "Turkey", "Türkiye", "TÜRKIYE", "republic of turkey")) {
            SearchHit hit = first(q);
            assertThat(hit.ref()).as(q).isEqualTo(RecordRef.country("TR"));
            assertThat(hit.score()).as(q).isEqualTo(SearchService.EXACT);
        }
        assertThat(first("Kyrgyz Republic").ref()).isEqualTo(RecordRef.country("KG"));
        assertThat(first("kyrgyz republic").score()).isEqualTo(SearchService.EXACT);
        assertThat(first("Erdogan").ref()).isEqualTo(RecordRef.person("recep-tayyip-erdogan"));
        assertThat(first("erdoğan").ref()).isEqualTo(RecordRef.person("recep-tayyip-erdogan"));
        assertThat(first("Erdogan").title()).isEqualTo("Recep Tayyip Erdoğan");
        assertThat(first("urumqi").ref()).isEqualTo(RecordRef.place("urumqi"));
        assertThat(first("Ürümqi").ref()).isEqualTo(RecordRef.place("urumqi"));
        assertThat(first("guterres").ref()).isEqualTo(RecordRef.person("antonio-guterres"));
        // punctuation: apostrophes vanish, dashes break words
        assertThat(first("xian").ref()).isEqualTo(RecordRef.place("xian"));
        assertThat(first("Xi'an").ref()).isEqualTo(RecordRef.place("xian"));
        assertThat(first("jalal abad").ref()).isEqualTo(RecordRef.place("jalal-abad"));
        // names in other languages are aliases
        assertThat(first("Казахстан").ref()).isEqualTo(RecordRef.country("KZ"));

        assertThat(MINI_SEARCH.search("cetinia", 5).get(0).ref()).isEqualTo(RecordRef.country("CC"));
        assertThat(MINI_SEARCH.search("carli", 5).get(0).ref()).isEqualTo(RecordRef.place("charlie"));
        assertThat(MINI_SEARCH.search("ALFALAND", 5).get(0).ref()).isEqualTo(RecordRef.country("AA"));
    }

    @Test
    void isoCodesFindCountriesOnlyWhenTheWholeQueryIsTheCode() {
        for (String q : List.of("KZ", "kz", "KAZ", "kaz", " Kz ")) {
            assertThat(first(q).ref()).as(q).isEqualTo(RecordRef.country("KZ"));
        }
        assertThat(first("KZ").score()).isEqualTo(SearchService.CODE);
        assertThat(first("KGZ").ref()).isEqualTo(RecordRef.country("KG"));
        assertThat(first("kg").ref()).isEqualTo(RecordRef.country("KG"));
        assertThat(first("KHM").ref()).isEqualTo(RecordRef.country("KH"));
        assertThat(first("khm").detail()).isEqualTo("Dialogue partner · Phnom Penh");
        // no prefixes of codes, no codes inside longer queries
        assertThat(first("TKM").ref()).isEqualTo(RecordRef.country("TM"));
        assertThat(refs(search("tk"))).doesNotContain(RecordRef.country("TM"));
        assertThat(refs(search("md"))).doesNotContain(RecordRef.country("MV"));
        assertThat(refs(search("mdv"))).containsExactly(RecordRef.country("MV"));
        assertThat(refs(search("kg"))).doesNotContain(RecordRef.country("KZ"));
        assertThat(refs(search("kz astana"))).doesNotContain(RecordRef.country("KZ"));
        assertThat(refs(search("kazx"))).isEmpty();
        // "in": India comes first because its name starts with "in" and is the shortest such title; words that
        // merely start with "in" do not reach India through its code
        assertThat(first("in").ref()).isEqualTo(RecordRef.country("IN"));
        assertThat(first("indi").score()).isEqualTo(SearchService.NAME_PREFIX);
        assertThat(refs(search("in kaz"))).doesNotContain(RecordRef.country("IN"));
        assertThat(MINI_SEARCH.search("bbb", 5).get(0).ref()).isEqualTo(RecordRef.country("BB"));
    }

    // --- summary and other text ------------------------------------------------------------------------------

    @Test
    void wordsOfSummariesFindRecords() {
        List<RecordRef> lunar = refs(search("lunar"));
        assertThat(lunar.get(0)).isEqualTo(RecordRef.organization("ilrs"));
        assertThat(lunar).contains(RecordRef.theme("space"));

        List<SearchHit> drug = search("drug");
        assertThat(refs(drug)).contains(RecordRef.document("anti-drug-strategy-2024-2029"),
                RecordRef.organization("sco-anti-drug-centre"), RecordRef.document("caricc-mou"));
        // names first: "Anti-Drug" in the name beats "drugs" in the area of the CARICC memorandum
        assertThat(hitFor(drug, RecordRef.organization("sco-anti-drug-centre")).score())
                .isEqualTo(SearchService.NAME_WORD_PREFIX);
        assertThat(hitFor(drug, RecordRef.document("anti-drug-strategy-2024-2029")).score())
                .isEqualTo(SearchService.NAME_WORD_PREFIX);
        assertThat(hitFor(drug, RecordRef.document("caricc-mou")).score()).isLessThan(SearchService.ALIAS_CONTAINS);

        // a person by a word of the role, a country by its capital
        assertThat(refs(search("acting president"))).contains(RecordRef.person("mohammad-mokhber"));
        assertThat(refs(search("phnom penh"))).contains(RecordRef.country("KH"));
        assertThat(MINI_SEARCH.search("comma", 5)).extracting(SearchHit::ref)
                .containsExactly(RecordRef.document("test-declaration"));
    }

    // --- ranking ---------------------------------------------------------------------------------------------

    @Test
    void anExactNameComesFirst() {
        SearchHit iran = first("iran");
        assertThat(iran.ref()).isEqualTo(RecordRef.country("IR"));
        assertThat(iran.score()).isEqualTo(SearchService.EXACT);
        List<SearchHit> hits = search("iran");
        // the CKUTIT route has Iran as a word of its name; Mokhber has it only in his role
        assertThat(hitFor(hits, RecordRef.corridor("ckutit")).score()).isEqualTo(SearchService.NAME_WORD_PREFIX);
        assertThat(refs(hits).indexOf(RecordRef.corridor("ckutit")))
                .isLessThan(refs(hits).indexOf(RecordRef.person("mohammad-mokhber")));
    }

    @Test
    void aNameStartingWithTheQueryBeatsOneWithTheQueryLaterOn() {
        List<SearchHit> hits = search("kaz");
        assertThat(hits.get(0).ref()).isEqualTo(RecordRef.country("KZ"));
        assertThat(hitFor(hits, RecordRef.corridor("kti-railway")).score()).isEqualTo(SearchService.NAME_PREFIX);
        // Tokayev's role speaks of the Republic of Kazakhstan: text only
        assertThat(refs(hits).indexOf(RecordRef.corridor("kti-railway")))
                .isLessThan(refs(hits).indexOf(RecordRef.person("kassym-jomart-tokayev")));

        List<SearchHit> stan = MINI_SEARCH.search("stan", 10);
        assertThat(stan).extracting(SearchHit::ref).containsExactly(RecordRef.country("BB"));
        assertThat(stan.get(0).score()).isEqualTo(SearchService.NAME_CONTAINS);
    }

    @Test
    void theCapitalPlaceComesBeforeTheCountryWhoseCapitalItIs() {
        // decision: a capital is text of its country, so "tehran" gives the place first and Iran much later
        List<SearchHit> hits = search("tehran");
        assertThat(hits.get(0).ref()).isEqualTo(RecordRef.place("tehran"));
        assertThat(hits.get(0).score()).isEqualTo(SearchService.EXACT);
        SearchHit iran = hitFor(hits, RecordRef.country("IR"));
        assertThat(iran.score()).isBetween(SearchService.TEXT, SearchService.ALIAS_CONTAINS - 1);
        // the ECO, seated in Tehran, is also found (by its location)
        assertThat(refs(hits)).contains(RecordRef.organization("eco"));
        // among text matches the shorter title comes first
        assertThat(refs(hits).indexOf(RecordRef.country("IR")))
                .isLessThan(refs(hits).indexOf(RecordRef.organization("eco")));

        List<SearchHit> alpha = MINI_SEARCH.search("alpha", 10);
        assertThat(alpha).extracting(SearchHit::ref).startsWith(RecordRef.place("alpha"), RecordRef.country("AA"));
        assertThat(alpha.get(1).score()).isEqualTo(SearchService.NAME_PREFIX);
    }

    @Test
    void theTiersRankInTheDocumentedOrder() {
        String json = TestData.miniText();
        json = TestData.replaceOnce(json, "\"name\": \"Bravo\"", "\"name\": \"Kaz\"");
        json = TestData.replaceOnce(json, "\"name\": \"Betastan\"", "\"name\": \"Kazbeta\"");
        json = TestData.replaceOnce(json, "\"name\": \"Charlie Port\"", "\"name\": \"Port Kazim\"");
        json = TestData.replaceOnce(json, "\"name\": \"Echo Field\"", "\"name\": \"Bokaz Field\"");
        json = TestData.replaceOnce(json, "\"Alfaland\"", "\"Kazaland\"");
        json = TestData.replaceOnce(json, "\"name\": \"Test Organisation\",",
                "\"name\": \"Test Organisation\", \"aliases\": [\"Old Kazan\"],");
        json = TestData.replaceOnce(json, "\"name\": \"South road\",",
                "\"name\": \"South road\", \"aliases\": [\"Okazi road\"],");
        json = TestData.replaceOnce(json, "A declaration, with", "A Kazakh declaration, with");
        List<SearchHit> hits = searchOf(json).search("kaz", 20);
        assertThat(hits).extracting(SearchHit::title).containsExactly(
                "Kaz", "Kazbeta", "Port Kazim", "Bokaz Field", "Alphaland", "Test Organisation", "South road",
                "Test Declaration");
        assertThat(hits).extracting(SearchHit::score).containsExactly(
                SearchService.EXACT, SearchService.NAME_PREFIX, SearchService.NAME_WORD_PREFIX,
                SearchService.NAME_CONTAINS, SearchService.ALIAS_PREFIX, SearchService.ALIAS_WORD_PREFIX,
                SearchService.ALIAS_CONTAINS, SearchService.TEXT);
    }

    @Test
    void tiesGoToTheShorterTitleThenTheKindThenTheTitle() {
        String json = TestData.replaceOnce(TestData.miniText(), "\"name\": \"Ann Example\"", "\"name\": \"Delta\"");
        List<SearchHit> delta = searchOf(json).search("delta", 10);
        assertThat(delta).extracting(SearchHit::ref).startsWith(RecordRef.person("ann-example"), RecordRef.place("delta"));
        assertThat(delta.get(0).score()).isEqualTo(delta.get(1).score());

        // same score, length and kind: by title
        List<SearchHit> zed = searchOf(TestData.replaceOnce(
                TestData.replaceOnce(TestData.miniText(), "\"name\": \"Alpha\", \"country\"", "\"name\": \"Zed Town\", \"country\""),
                "\"name\": \"Bravo\"", "\"name\": \"Zed Alps\"")).search("zed", 10);
        // (the organisation seated in the renamed Alpha follows, found by its location)
        assertThat(zed).extracting(SearchHit::title).startsWith("Zed Alps", "Zed Town");
        assertThat(zed.get(0).score()).isEqualTo(zed.get(1).score());
    }

    @Test
    void multiWordQueriesNeedEveryWord() {
        List<SearchHit> hits = search("trans caspian");
        assertThat(hits.get(0).ref()).isEqualTo(RecordRef.corridor("titr"));
        assertThat(hits.get(0).score()).isEqualTo(SearchService.NAME_PREFIX);
        assertThat(refs(hits)).contains(RecordRef.corridor("trans-caspian-express"), RecordRef.corridor("instc-caspian"));
        assertThat(hitFor(hits, RecordRef.corridor("trans-caspian-express")).score())
                .isEqualTo(SearchService.NAME_WORD_PREFIX);
        // any order, word prefixes
        List<SearchHit> reversed = search("caspian trans");
        assertThat(refs(reversed)).contains(RecordRef.corridor("titr"), RecordRef.corridor("trans-caspian-express"));
        assertThat(hitFor(reversed, RecordRef.corridor("titr")).score()).isEqualTo(SearchService.NAME_ALL_WORDS);
        assertThat(refs(search("trans casp"))).contains(RecordRef.corridor("titr"));
        assertThat(search("trans caspian zeppelin")).isEmpty();
        assertThat(first("north south corridor").ref()).isEqualTo(RecordRef.corridor("instc"));
        // a phrase starting inside a word of the name
        assertThat(hitFor(search("khstan turkmen"), RecordRef.corridor("kti-railway")).score())
                .isEqualTo(SearchService.NAME_CONTAINS);
        // words from name and summary together
        assertThat(refs(search("ilrs moon"))).containsExactly(RecordRef.organization("ilrs"));
    }

    // --- limits, blanks, details ----------------------------------------------------------------------------

    @Test
    void theLimitIsRespected() {
        assertThat(BUNDLED_SEARCH.search("a", 5)).hasSize(5);
        assertThat(BUNDLED_SEARCH.search("a", 1)).hasSize(1);
        assertThat(BUNDLED_SEARCH.search("a", 0)).isEmpty();
        assertThat(BUNDLED_SEARCH.search("a", 5)).isEqualTo(BUNDLED_SEARCH.search("a", 1000).subList(0, 5));
        assertThat(BUNDLED_SEARCH.search("a", Integer.MAX_VALUE).size()).isGreaterThan(50);
    }

    @Test
    void aBlankQueryFindsNothing() {
        assertThat(BUNDLED_SEARCH.search("", 10)).isEmpty();
        assertThat(BUNDLED_SEARCH.search("   ", 10)).isEmpty();
        assertThat(BUNDLED_SEARCH.search(null, 10)).isEmpty();
        assertThat(BUNDLED_SEARCH.search(" - ", 10)).isEmpty();
        assertThat(BUNDLED_SEARCH.search("zzzzqqq", 10)).isEmpty();
    }

    @Test
    void detailLinesGiveContext() {
        assertThat(first("China").detail()).isEqualTo("Member state · Beijing");
        assertThat(first("Xi Jinping").detail()).isEqualTo("President of the People's Republic of China");
        assertThat(first("anti-drug strategy").detail()).isEqualTo("Decision · Security / drugs");
        assertThat(first("Mashhad").detail()).isEqualTo("Iran · City");
        assertThat(first("Khorgos").detail()).isEqualTo("China – Kazakhstan · Border crossing");
        assertThat(first("ECO").detail()).isEqualTo("ECO · Tehran");
        assertThat(first("ILRS").detail()).isEqualTo("ILRS");
        assertThat(first("SCO Secretariat").detail()).isEqualTo("SCO body · Beijing");
        assertThat(first("Power of Siberia 2").detail()).isEqualTo("Planned · pipeline");

        assertThat(MINI_SEARCH.search("alphaland", 1).get(0)).isEqualTo(
                new SearchHit(RecordRef.country("AA"), "Alphaland", "Member state · Alpha", SearchService.EXACT));
        assertThat(MINI_SEARCH.search("ann example", 1).get(0).detail()).isEqualTo("President");
        assertThat(MINI_SEARCH.search("test declaration", 1).get(0).detail()).isEqualTo("Declaration · General");
        assertThat(MINI_SEARCH.search("delta", 1).get(0).detail())
                .isEqualTo("Betastan – Çetinia, \"the quoted\" · Border crossing");
        assertThat(MINI_SEARCH.search("north line", 1).get(0).detail()).isEqualTo("Operational · rail");
        assertThat(MINI_SEARCH.search("test organisation", 1).get(0).detail()).isEqualTo("SCO body · Alpha");
        assertThat(MINI_SEARCH.search("transport", 1).get(0).detail()).isEqualTo("1 document · 1 statement");
        SearchHit security = first("security");
        assertThat(security.ref()).isEqualTo(RecordRef.theme("security"));
        assertThat(security.detail()).matches("\\d+ documents · \\d+ statements");
    }

    // --- scale (speed is measured by the benchmarks, not here) ----------------------------------------------

    @Test
    void aHundredTimesTheDataStillFindsEveryCopy() {
        Dataset big = scaled(BUNDLED, 100);
        assertThat(big.countries()).hasSize(BUNDLED.countries().size() * 100);
        SearchService service = new SearchService(new DatasetIndex(big));
        assertThat(service.search("kazakhstan", 500)).hasSizeGreaterThanOrEqualTo(100);
        assertThat(service.search("zzz", 50)).isEmpty();
        assertThat(service.search("trans caspian", 50)).hasSize(50);
    }

    /**
     * {@code times} copies of every searchable record, with ids and names made distinct by a number. Records are
     * copied by reflection so that new components of the model records do not break this test.
     */
    private static Dataset scaled(Dataset d, int times) {
        List<Object> countries = new ArrayList<>();
        List<Object> people = new ArrayList<>();
        List<Object> documents = new ArrayList<>();
        List<Object> places = new ArrayList<>();
        List<Object> corridors = new ArrayList<>();
        List<Object> organizations = new ArrayList<>();
        List<Object> themes = new ArrayList<>();
        for (int k = 0; k < times; k++) {
            String n = k == 0 ? "" : " " + k;
            String i = k == 0 ? "" : "-" + k;
            for (Country c : d.countries()) {
                countries.add(with(c, Map.of("id", c.id() + i, "iso3", c.iso3() + i, "name", c.name() + n)));
            }
            for (Person p : d.people()) {
                people.add(with(p, Map.of("id", p.id() + i, "name", p.name() + n)));
            }
            for (Document x : d.documents()) {
                documents.add(with(x, Map.of("id", x.id() + i, "title", x.title() + n)));
            }
            for (Place p : d.places()) {
                places.add(with(p, Map.of("id", p.id() + i, "name", p.name() + n)));
            }
            for (Corridor c : d.corridors()) {
                corridors.add(with(c, Map.of("id", c.id() + i, "name", c.name() + n)));
            }
            for (Organization o : d.organizations()) {
                organizations.add(with(o, Map.of("id", o.id() + i, "name", o.name() + n)));
            }
            for (Theme t : d.themes()) {
                themes.add(with(t, Map.of("id", t.id() + i, "name", t.name() + n)));
            }
        }
        return with(d, Map.of("countries", countries, "people", people, "documents", documents, "places", places,
                "corridors", corridors, "organizations", organizations, "themes", themes));
    }

    /** A copy of a record with some components replaced, by name. */
    @SuppressWarnings("unchecked")
    private static <R extends Record> R with(R record, Map<String, Object> changes) {
        try {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Object[] args = new Object[components.length];
            for (int c = 0; c < components.length; c++) {
                types[c] = components[c].getType();
                String name = components[c].getName();
                args[c] = changes.containsKey(name) ? changes.get(name) : components[c].getAccessor().invoke(record);
            }
            return (R) record.getClass().getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
