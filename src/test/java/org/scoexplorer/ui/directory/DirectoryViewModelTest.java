package org.scoexplorer.ui.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.service.CrossReferences;
import org.scoexplorer.service.DatasetIndex;
import org.scoexplorer.service.RecordKind;
import org.scoexplorer.service.RecordRef;

class DirectoryViewModelTest {
    private final DirectoryViewModel model = new DirectoryViewModel();
    private DatasetIndex index;

    @BeforeEach
    void load() {
        index = new DatasetIndex(new DatasetLoader().loadBundled().dataset());
        model.setData(index, new CrossReferences(index));
    }

    @Test
    void everyPersonOrganisationPlaceAndThemeHasAnEntry() {
        var d = index.dataset();
        assertThat(model.records().all()).hasSize(d.people().size() + d.organizations().size() + d.places().size()
                + d.themes().size());
        model.kindProperty().set(RecordKind.THEME);
        assertThat(model.records().shown()).hasSize(d.themes().size())
                .allSatisfy(e -> assertThat(e.detail()).matches("\\d+ documents? · \\d+ statements?"));
    }

    @Test
    void entriesAreFoundByAliasAndRole() {
        model.records().textProperty().set("zhaparov");
        assertThat(model.records().shown()).extracting(DirectoryEntry::ref).containsExactly(RecordRef.person("sadyr-japarov"));
        model.records().textProperty().set("anti-drug");
        assertThat(model.records().shown()).extracting(e -> e.ref().kind()).contains(RecordKind.ORGANIZATION);
    }

    @Test
    void aNewDatasetClearsTheFilters() {
        model.kindProperty().set(RecordKind.PLACE);
        model.records().textProperty().set("tehran");
        model.setData(index, new CrossReferences(index));
        assertThat(model.kindProperty().get()).isNull();
        assertThat(model.records().shown()).hasSize(model.records().all().size());
    }
}
