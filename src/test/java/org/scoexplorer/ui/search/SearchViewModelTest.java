package org.scoexplorer.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.service.DatasetIndex;
import org.scoexplorer.service.RecordRef;
import org.scoexplorer.service.SearchService;

class SearchViewModelTest {
    private final SearchViewModel model = new SearchViewModel();

    SearchViewModelTest() {
        model.setService(new SearchService(new DatasetIndex(new DatasetLoader().loadBundled().dataset())));
    }

    @Test
    void typingUpdatesTheHitsAndHighlightsTheBest() {
        model.queryProperty().set("Turkey");
        assertThat(model.hits()).isNotEmpty().hasSizeLessThanOrEqualTo(SearchViewModel.LIMIT);
        assertThat(model.highlightedProperty().get()).isZero();
        assertThat(model.chosen()).contains(RecordRef.country("TR"));
    }

    @Test
    void upAndDownMoveTheHighlightWithinTheHits() {
        model.queryProperty().set("a");
        int n = model.hits().size();
        assertThat(n).isGreaterThan(2);
        model.highlightNext();
        model.highlightNext();
        assertThat(model.highlightedProperty().get()).isEqualTo(2);
        assertThat(model.chosen()).contains(model.hits().get(2).ref());
        for (int i = 0; i < n + 5; i++) {
            model.highlightNext();
        }
        assertThat(model.highlightedProperty().get()).isEqualTo(n - 1);
        for (int i = 0; i < n + 5; i++) {
            model.highlightPrevious();
        }
        assertThat(model.highlightedProperty().get()).isZero();
    }

    @Test
    void aBlankQueryHasNoHits() {
        model.queryProperty().set("   ");
        assertThat(model.hits()).isEmpty();
        assertThat(model.chosen()).isEmpty();
        assertThat(model.highlightedProperty().get()).isEqualTo(-1);
    }
}
