package org.scoexplorer.ui.members;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.model.Country;
import org.scoexplorer.model.Status;
import org.scoexplorer.service.CrossReferences;
import org.scoexplorer.service.DatasetIndex;

/** No toolkit: the Members state on the bundled dataset. */
class MembersViewModelTest {
    private final SimpleObjectProperty<String> theme = new SimpleObjectProperty<>();
    private final MembersViewModel model = new MembersViewModel(theme);

    @BeforeEach
    void load() {
        DatasetIndex index = new DatasetIndex(new DatasetLoader().loadBundled().dataset());
        model.setData(index, new CrossReferences(index));
    }

    @Test
    void statusFilterKeepsOnlyThatStatus() {
        model.statusProperty().set(Status.DIALOGUE_PARTNER);
        assertThat(model.records().shown()).hasSize(14).allMatch(c -> c.status() == Status.DIALOGUE_PARTNER);
        assertThat(model.records().countProperty().get()).isEqualTo("14 of 29 countries");
    }

    @Test
    void textFindsAliasesNamesInOtherLanguagesAndRepresentatives() {
        model.records().textProperty().set("kyrgyz republic");
        assertThat(model.records().shown()).extracting(Country::id).containsExactly("KG");
        model.records().textProperty().set("jaishankar");
        assertThat(model.records().shown()).extracting(Country::id).containsExactly("IN");
    }

    @Test
    void aThemeKeepsTheCountriesThatSpokeToItOrAreNamedInItsDocuments() {
        theme.set("space");
        assertThat(model.records().shown()).extracting(Country::id).contains("CN").doesNotContain("MV");
        model.showAll();
        assertThat(theme.get()).isNull();
        assertThat(model.records().shown()).hasSize(29);
    }

    @Test
    void theRepresentativeIsShownByName() {
        Country india = model.records().all().stream().filter(c -> c.id().equals("IN")).findFirst().orElseThrow();
        assertThat(model.representativeName(india)).isEqualTo("S. Jaishankar");
    }
}
