package org.scoexplorer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.scoexplorer.TestData;
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.model.Country;
import org.scoexplorer.model.Dataset;
import org.scoexplorer.model.DocumentType;
import org.scoexplorer.model.PastSummit;
import org.scoexplorer.model.Status;
import org.scoexplorer.service.SummitStatistics.Share;
import org.scoexplorer.service.SummitStatistics.ThemeCount;
import org.scoexplorer.service.SummitStatistics.TimelineEvent;

/** Figures on the mini dataset (hand-checked against mini.json) and on the bundled dataset. */
class SummitStatisticsTest {

    private static Dataset load(String text) {
        var result = new DatasetLoader().load(text.getBytes(StandardCharsets.UTF_8), "mini-stats.json");
        assertThat(result.problems()).as("problems").isEmpty();
        return result.dataset();
    }

    private static final String WORLD = "\"world\": {"
            + " \"population\": { \"value\": 4000000, \"year\": 2023, \"source\": \"SRC2\" },"
            + " \"gdpUsd\": { \"value\": 10000000000, \"year\": 2022, \"source\": \"SRC1\" } },";

    private static final String SUMMITS = "\"summits\": ["
            + " { \"number\": 2, \"year\": 2003, \"city\": \"Beta\", \"country\": \"BB\", \"sources\": [\"SRC1\"] },"
            + " { \"number\": 1, \"year\": 2001, \"city\": \"Alpha\", \"country\": \"AA\", \"sources\": [\"SRC1\"] },"
            + " { \"number\": 3, \"year\": 2005, \"city\": \"Alpha\", \"country\": \"AA\", \"sources\": [\"SRC1\"] } ],";

    /** mini.json with world figures, past summits and status histories. */
    private static String richerMiniText() {
        String t = TestData.miniText();
        t = TestData.replaceOnce(t, "\"summit\": {", WORLD + "\n  " + SUMMITS + "\n  \"summit\": {");
        t = TestData.replaceOnce(t, "\"joined\": 2001,", "\"joined\": 2001, \"statusHistory\": ["
                + " { \"year\": 2001, \"date\": \"2001-06-15\", \"status\": \"member\", \"text\": \"Founded.\" } ],");
        t = TestData.replaceOnce(t, "\"joined\": 2010,", "\"joined\": 2010, \"statusHistory\": ["
                + " { \"year\": 2010, \"status\": \"observer\", \"text\": \"Observer.\" },"
                + " { \"year\": 2001, \"date\": \"2001-06-14\", \"status\": \"guest\", \"text\": \"Guest.\" } ],");
        t = TestData.replaceOnce(t, "\"id\": \"CC\", \"name\": \"Çetinia, \\\"the quoted\\\"\", \"iso3\": \"CCC\", \"status\": \"none\",",
                "\"id\": \"CC\", \"name\": \"Çetinia, \\\"the quoted\\\"\", \"iso3\": \"CCC\", \"status\": \"none\","
                        + " \"statusHistory\": [ { \"year\": 2010, \"status\": \"guest\", \"text\": \"Invited.\" } ],");
        return t;
    }

    @Nested
    class OnTheMiniDataset {
        private final SummitStatistics stats = new SummitStatistics(new DatasetIndex(TestData.mini()));

        @Test
        void countriesByStatusListsEveryStatus() {
            assertThat(stats.countriesByStatus()).containsExactly(
                    Map.entry(Status.MEMBER, 1L), Map.entry(Status.OBSERVER, 1L),
                    Map.entry(Status.DIALOGUE_PARTNER, 0L), Map.entry(Status.GUEST, 0L), Map.entry(Status.NONE, 1L));
        }

        @Test
        void documents() {
            assertThat(stats.documentsByType()).containsExactly(
                    Map.entry(DocumentType.DECLARATION, 1L), Map.entry(DocumentType.DECISION, 0L),
                    Map.entry(DocumentType.STATEMENT, 0L), Map.entry(DocumentType.AGREEMENT, 0L));
            assertThat(stats.signedDocuments()).isEqualTo(1);
            assertThat(stats.unsignedDocuments()).isZero();
        }

        @Test
        void themes() {
            assertThat(stats.themeCounts()).extracting(c -> c.theme().id(), ThemeCount::documents, ThemeCount::statements)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("transport", 1L, 1L));
        }

        @Test
        void withoutWorldFiguresThereIsNoShare() {
            assertThat(stats.memberPopulationShare()).isEmpty();
            assertThat(stats.memberGdpShare()).isEmpty();
        }

        @Test
        void withoutHistoryTheTimelineAndSummitsAreEmpty() {
            assertThat(stats.membershipTimeline()).isEmpty();
            assertThat(stats.summitsUpTo(2100)).isEmpty();
        }
    }

    @Nested
    class OnTheRicherMiniDataset {
        private final SummitStatistics stats = new SummitStatistics(new DatasetIndex(load(richerMiniText())));

        @Test
        void theMembersShareIsComputedFromTheirFigures() {
            // AA, the only member: 1 000 000 people of 4 000 000; US$ 2.5 bn of 10 bn
            Share pop = stats.memberPopulationShare().orElseThrow();
            assertThat(pop.membersTotal()).isEqualTo(1_000_000.0);
            assertThat(pop.worldTotal()).isEqualTo(4_000_000.0);
            assertThat(pop.percent()).isCloseTo(25.0, within(1e-9));
            assertThat(pop.year()).isEqualTo(2023);
            assertThat(pop.sourceId()).isEqualTo("SRC2");
            assertThat(pop.complete()).isTrue();

            Share gdp = stats.memberGdpShare().orElseThrow();
            assertThat(gdp.membersTotal()).isEqualTo(2.5e9);
            assertThat(gdp.percent()).isCloseTo(25.0, within(1e-9));
            assertThat(gdp.year()).isEqualTo(2023);
            assertThat(gdp.sourceId()).isEqualTo("SRC1");
        }

        @Test
        void aMemberWithoutTheFigureMakesTheShareIncomplete() {
            String t = TestData.replaceOnce(richerMiniText(), "\"status\": \"observer\", \"joined\": 2010,",
                    "\"status\": \"member\", \"joined\": 2010,");
            SummitStatistics two = new SummitStatistics(new DatasetIndex(load(t)));
            Share pop = two.memberPopulationShare().orElseThrow();
            assertThat(pop.membersTotal()).isEqualTo(1_000_000.0);
            assertThat(pop.complete()).isFalse();
        }

        @Test
        void aFigureForAnotherYearMakesTheShareIncomplete() {
            String t = TestData.replaceOnce(richerMiniText(), "\"status\": \"observer\", \"joined\": 2010,",
                    "\"status\": \"member\", \"joined\": 2010,"
                            + " \"population\": { \"value\": 500000, \"year\": 2022, \"source\": \"SRC2\" },");
            t = TestData.replaceOnce(t, "\"status\": \"none\",", "\"status\": \"member\", \"joined\": 2020,"
                    + " \"population\": { \"value\": 500000, \"year\": 2023, \"source\": \"SRC2\" },");
            SummitStatistics three = new SummitStatistics(new DatasetIndex(load(t)));
            Share pop = three.memberPopulationShare().orElseThrow();
            assertThat(pop.membersTotal()).isEqualTo(2_000_000.0);
            assertThat(pop.percent()).isCloseTo(50.0, within(1e-9));
            assertThat(pop.year()).isEqualTo(2023); // two of three figures are for 2023
            assertThat(pop.complete()).isFalse();
        }

        @Test
        void theTimelineIsSortedByYearDateAndName() {
            assertThat(stats.membershipTimeline())
                    .extracting(TimelineEvent::year, TimelineEvent::date, TimelineEvent::countryId, TimelineEvent::status)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(2001, "2001-06-14", "BB", Status.GUEST),
                            org.assertj.core.groups.Tuple.tuple(2001, "2001-06-15", "AA", Status.MEMBER),
                            org.assertj.core.groups.Tuple.tuple(2010, null, "BB", Status.OBSERVER),
                            org.assertj.core.groups.Tuple.tuple(2010, null, "CC", Status.GUEST));
            assertThat(stats.membershipTimeline().get(1).countryName()).isEqualTo("Alphaland");
            assertThat(stats.membershipTimeline().get(1).text()).isEqualTo("Founded.");
        }

        @Test
        void summitsUpToAYearAreInOrder() {
            assertThat(stats.summitsUpTo(2003)).extracting(PastSummit::number).containsExactly(1, 2);
            assertThat(stats.summitsUpTo(2000)).isEmpty();
            assertThat(stats.summitsUpTo(2005)).extracting(PastSummit::number).containsExactly(1, 2, 3);
        }
    }

    @Nested
    class OnTheBundledDataset {
        private final Dataset dataset = new DatasetLoader().loadBundled().dataset();
        private final SummitStatistics stats = new SummitStatistics(new DatasetIndex(dataset));

        @Test
        void countries() {
            Map<Status, Long> byStatus = stats.countriesByStatus();
            assertThat(byStatus).containsKeys(Status.values());
            assertThat(byStatus.get(Status.MEMBER)).isEqualTo(10);
            assertThat(byStatus.get(Status.OBSERVER)).isEqualTo(2);
            assertThat(byStatus.get(Status.DIALOGUE_PARTNER)).isEqualTo(14);
            assertThat(byStatus.values().stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(dataset.countries().size());
        }

        @Test
        void documents() {
            assertThat(stats.signedDocuments() + stats.unsignedDocuments()).isEqualTo(24);
            assertThat(stats.unsignedDocuments()).isEqualTo(3);
            assertThat(stats.documentsByType()).containsKeys(DocumentType.values());
            assertThat(stats.documentsByType().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(24);
            assertThat(stats.documentsByType().get(DocumentType.STATEMENT)).isEqualTo(3);
        }

        @Test
        void themeCountsFollowTheThemeOrderAndAddUp() {
            List<ThemeCount> counts = stats.themeCounts();
            assertThat(counts).extracting(c -> c.theme().id())
                    .containsExactlyElementsOf(dataset.themes().stream().map(t -> t.id()).toList());
            long docTags = dataset.documents().stream().mapToLong(d -> d.themes().stream().distinct().count()).sum();
            long stmtTags = dataset.statements().stream().mapToLong(s -> s.themes().stream().distinct().count()).sum();
            assertThat(counts.stream().mapToLong(ThemeCount::documents).sum()).isEqualTo(docTags)
                    .isGreaterThanOrEqualTo(dataset.documents().size());
            assertThat(counts.stream().mapToLong(ThemeCount::statements).sum()).isEqualTo(stmtTags)
                    .isGreaterThanOrEqualTo(dataset.statements().size());
            assertThat(counts).allSatisfy(c -> {
                assertThat(c.documents()).isBetween(0L, (long) dataset.documents().size());
                assertThat(c.statements()).isBetween(0L, (long) dataset.statements().size());
            });
        }

        @Test
        void memberSharesAreComputedFromCountryAndWorldFigures() {
            double pop = dataset.countries().stream().filter(c -> c.status() == Status.MEMBER)
                    .mapToDouble(c -> c.population().value()).sum();
            Share p = stats.memberPopulationShare().orElseThrow();
            assertThat(p.membersTotal()).isEqualTo(pop);
            assertThat(p.worldTotal()).isEqualTo(dataset.world().population().value());
            assertThat(p.percent()).isBetween(40.0, 45.0); // "some 42% of the world's population"
            assertThat(p.year()).isEqualTo(2023);
            assertThat(p.complete()).isTrue();

            Share g = stats.memberGdpShare().orElseThrow();
            assertThat(g.percent()).isBetween(20.0, 26.0);
            assertThat(g.sourceId()).isEqualTo(dataset.world().gdpUsd().source());
            assertThat(g.complete()).isTrue();
        }

        @Test
        void theTimelineHasBelarusIn2024AndIndiaIn2017() {
            List<TimelineEvent> timeline = stats.membershipTimeline();
            assertThat(timeline).anySatisfy(e -> {
                assertThat(e.countryId()).isEqualTo("BY");
                assertThat(e.year()).isEqualTo(2024);
                assertThat(e.status()).isEqualTo(Status.MEMBER);
            });
            assertThat(timeline).anySatisfy(e -> {
                assertThat(e.countryId()).isEqualTo("IN");
                assertThat(e.year()).isEqualTo(2017);
                assertThat(e.status()).isEqualTo(Status.MEMBER);
            });
            assertThat(timeline).hasSize(dataset.countries().stream().mapToInt(c -> c.statusHistory().size()).sum());
            for (int i = 1; i < timeline.size(); i++) {
                assertThat(timeline.get(i).year()).isGreaterThanOrEqualTo(timeline.get(i - 1).year());
            }
            // every member's history ends in its membership
            for (Country c : dataset.countries()) {
                if (c.status() == Status.MEMBER) {
                    assertThat(timeline).anySatisfy(e -> {
                        assertThat(e.countryId()).isEqualTo(c.id());
                        assertThat(e.status()).isEqualTo(Status.MEMBER);
                        assertThat(e.year()).isEqualTo(c.joined());
                    });
                }
            }
        }

        @Test
        void summitsUpTo2024EndWithAstana() {
            List<PastSummit> summits = stats.summitsUpTo(2024);
            assertThat(summits).isNotEmpty().allSatisfy(s -> assertThat(s.year()).isLessThanOrEqualTo(2024));
            assertThat(summits.get(summits.size() - 1).city()).isEqualTo("Astana");
            assertThat(summits.get(0).year()).isEqualTo(2001);
        }
    }
}
