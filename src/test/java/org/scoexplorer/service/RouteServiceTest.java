package org.scoexplorer.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.scoexplorer.TestData;
import org.scoexplorer.model.Mode;
import org.scoexplorer.model.Place;

/** Routes over the hand-made mini dataset (see src/test/resources/datasets/mini.json). */
class RouteServiceTest {
    private final RouteService routes = new RouteService(new DatasetIndex(TestData.mini()));

    @Test
    void theShortestRouteWinsOverTheOneWithFewerLegs() {
        Route r = routes.shortest("alpha", "charlie", RouteService.DEFAULT_MODES).orElseThrow();
        assertThat(r.steps()).extracting(s -> s.leg().id()).containsExactly("s1", "s2");
        assertThat(r.totalKm()).isEqualTo(170.0);
        assertThat(r.start().id()).isEqualTo("alpha");
        assertThat(r.end().id()).isEqualTo("charlie");
    }

    @Test
    void onlyTheAllowedModesAreUsed() {
        Route r = routes.shortest("alpha", "charlie", EnumSet.of(Mode.RAIL)).orElseThrow();
        assertThat(r.steps()).extracting(s -> s.leg().id()).containsExactly("n1", "n2");
        assertThat(r.totalKm()).isEqualTo(200.0);
    }

    @Test
    void legsAreTravelledBothWaysAndStepsFaceTheTravelDirection() {
        Route r = routes.shortest("charlie", "alpha", EnumSet.of(Mode.RAIL)).orElseThrow();
        assertThat(r.steps()).extracting(s -> s.from().id() + ">" + s.to().id())
                .containsExactly("charlie>bravo", "bravo>alpha");
    }

    @Test
    void pipelinesAreLeftOutByDefault() {
        assertThat(routes.shortest("alpha", "echo", RouteService.DEFAULT_MODES)).isEmpty();
        Route r = routes.shortest("alpha", "echo", EnumSet.of(Mode.RAIL, Mode.PIPELINE)).orElseThrow();
        assertThat(r.totalKm()).isEqualTo(500.0);
    }

    @Test
    void unknownOrIdenticalEndpointsHaveNoRoute() {
        assertThat(routes.shortest("alpha", "nowhere", RouteService.DEFAULT_MODES)).isEmpty();
        assertThat(routes.shortest("alpha", "alpha", RouteService.DEFAULT_MODES)).isEmpty();
    }

    @Test
    void placesAreFoundByIdNameOrAliasIgnoringCaseAndAccents() {
        assertThat(routes.findPlace("CHARLIE").map(Place::id)).contains("charlie");
        assertThat(routes.findPlace("charlie port").map(Place::id)).contains("charlie");
        assertThat(routes.findPlace("Carli").map(Place::id)).contains("charlie");
        assertThat(routes.findPlace("  Echo Field ").map(Place::id)).contains("echo");
        assertThat(routes.findPlace("zulu")).isEmpty();
        assertThat(routes.findPlace("")).isEmpty();
    }
}
