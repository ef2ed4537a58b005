package org.scoexplorer.ui.corridors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scoexplorer.TestData;
import org.scoexplorer.model.Mode;
import org.scoexplorer.model.WorkStatus;
import org.scoexplorer.service.DatasetIndex;

/** No toolkit: what the graph should show, on the mini dataset. */
class CorridorsViewModelTest {
    private final CorridorsViewModel model = new CorridorsViewModel();

    @BeforeEach
    void load() {
        model.setData(new DatasetIndex(TestData.mini()));
    }

    @Test
    void hidingACorridorHidesItsLegsAndTicksTheStyleVersion() {
        int before = model.styleVersionProperty().get();
        model.setCorridorShown("south", false);
        assertThat(model.hiddenLegIds()).containsExactlyInAnyOrder("s1", "s2");
        assertThat(model.styleVersionProperty().get()).isGreaterThan(before);
        model.showAllCorridors();
        assertThat(model.hiddenLegIds()).isEmpty();
        model.hideAllCorridors();
        assertThat(model.hiddenLegIds()).hasSize(5);
    }

    @Test
    void modeAndStatusFiltersHideLegs() {
        model.modes().remove(Mode.RAIL);
        assertThat(model.hiddenLegIds()).containsExactlyInAnyOrder("n1", "n2");
        model.modes().add(Mode.RAIL);
        model.statuses().remove(WorkStatus.PLANNED);
        assertThat(model.hiddenLegIds()).containsExactlyInAnyOrder("s1", "s2", "p1");
    }

    @Test
    void highlightAndRouteAreEdgeClasses() {
        model.highlightedProperty().set(model.index().corridor("north").orElseThrow());
        assertThat(model.edgeClasses("n1")).isEqualTo("highlight,rail,operational");
        assertThat(model.edgeClasses("s1")).isEqualTo("road,planned");
        model.routeFromProperty().set("Alpha");
        model.routeToProperty().set("charlie port");
        assertThat(model.findRoute()).isPresent();
        assertThat(model.edgeClasses("s1")).isEqualTo("route,road,planned");
        assertThat(model.routeMessageProperty().get()).isEqualTo("2 legs, 170 km in total");
        model.clearRoute();
        assertThat(model.edgeClasses("s1")).isEqualTo("road,planned");
    }

    @Test
    void routeProblemsAreSaidInWords() {
        model.routeFromProperty().set("alpha");
        model.routeToProperty().set("nowhere");
        assertThat(model.findRoute()).isEmpty();
        assertThat(model.routeMessageProperty().get()).isEqualTo("Unknown place: 'nowhere'");
        model.routeToProperty().set("echo");
        assertThat(model.findRoute()).isEmpty();
        assertThat(model.routeMessageProperty().get()).isEqualTo("No route from Alpha to Echo Field by rail, road, sea.");
        model.routeModes().add(Mode.PIPELINE);
        assertThat(model.findRoute()).isPresent();
        model.routeModes().clear();
        assertThat(model.findRoute()).isEmpty();
        assertThat(model.routeMessageProperty().get()).isEqualTo("Choose at least one mode.");
    }

    @Test
    void placesAreListedByNameAndSelectingOneClearsTheLeg() {
        assertThat(model.places().shown()).extracting(p -> p.id())
                .containsExactly("alpha", "bravo", "charlie", "delta", "echo");
        model.places().textProperty().set("carli");
        assertThat(model.places().shown()).extracting(p -> p.id()).containsExactly("charlie");
        model.selectLeg("n1");
        model.selectPlace("charlie");
        assertThat(model.selectedLegProperty().get()).isNull();
        assertThat(model.selectedPlaceProperty().get().id()).isEqualTo("charlie");
    }
}
