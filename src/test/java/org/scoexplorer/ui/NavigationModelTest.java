package org.scoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scoexplorer.service.RecordRef;

class NavigationModelTest {
    private final NavigationModel nav = new NavigationModel();
    private final RecordRef india = RecordRef.country("IN");
    private final RecordRef jaishankar = RecordRef.person("s-jaishankar");
    private final RecordRef declaration = RecordRef.document("astana-declaration");

    @Test
    void backAndForwardWalkTheHistoryLikeABrowser() {
        nav.open(india);
        nav.open(jaishankar);
        nav.open(declaration);
        assertThat(nav.canGoBackProperty().get()).isTrue();
        assertThat(nav.canGoForwardProperty().get()).isFalse();
        nav.back();
        assertThat(nav.getCurrent()).isEqualTo(jaishankar);
        nav.back();
        assertThat(nav.getCurrent()).isEqualTo(india);
        assertThat(nav.canGoBackProperty().get()).isFalse();
        nav.back(); // nothing further back: stays
        assertThat(nav.getCurrent()).isEqualTo(india);
        nav.forward();
        assertThat(nav.getCurrent()).isEqualTo(jaishankar);
        assertThat(nav.canGoForwardProperty().get()).isTrue();
    }

    @Test
    void openingAfterGoingBackDropsTheForwardEntries() {
        nav.open(india);
        nav.open(jaishankar);
        nav.back();
        nav.open(declaration);
        assertThat(nav.canGoForwardProperty().get()).isFalse();
        nav.back();
        assertThat(nav.getCurrent()).isEqualTo(india);
    }

    @Test
    void openingTheCurrentRecordAddsNoEntry() {
        nav.open(india);
        nav.open(india);
        assertThat(nav.canGoBackProperty().get()).isFalse();
    }

    @Test
    void theHistoryIsBoundedAndResetForgetsIt() {
        for (int i = 0; i < NavigationModel.MAX_HISTORY + 50; i++) {
            nav.open(RecordRef.place("p" + i));
        }
        int steps = 0;
        while (nav.canGoBackProperty().get()) {
            nav.back();
            steps++;
        }
        assertThat(steps).isEqualTo(NavigationModel.MAX_HISTORY);
        nav.reset();
        assertThat(nav.getCurrent()).isNull();
        assertThat(nav.canGoForwardProperty().get()).isFalse();
    }
}
