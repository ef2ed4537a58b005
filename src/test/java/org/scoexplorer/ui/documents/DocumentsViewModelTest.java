package org.scoexplorer.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.model.Document;
import org.scoexplorer.model.DocumentType;
import org.scoexplorer.service.DatasetIndex;

class DocumentsViewModelTest {
    private final SimpleObjectProperty<String> theme = new SimpleObjectProperty<>();
    private final DocumentsViewModel model = new DocumentsViewModel(theme);

    @BeforeEach
    void load() {
        model.setData(new DatasetIndex(new DatasetLoader().loadBundled().dataset()));
    }

    @Test
    void typeAreaThemeAndTextCombine() {
        model.typeProperty().set(DocumentType.STATEMENT);
        assertThat(model.records().shown()).hasSize(3);
        model.typeProperty().set(null);
        theme.set("security");
        int security = model.records().shown().size();
        assertThat(security).isBetween(1, 23);
        assertThat(model.records().shown()).allMatch(d -> d.themes().contains("security"));
        model.records().textProperty().set("drug");
        assertThat(model.records().shown()).isNotEmpty().hasSizeLessThan(security)
                .allMatch(d -> (d.title() + d.summary() + d.area() + d.reportedTitle()).toLowerCase().contains("drug"));
        model.showAll();
        assertThat(model.records().shown()).hasSize(24);
    }

    @Test
    void areasAreTheDistinctSubjectAreasSorted() {
        assertThat(model.areas()).isSorted().doesNotHaveDuplicates().contains("Security");
        model.areaProperty().set("Security");
        assertThat(model.records().shown()).extracting(Document::area).containsOnly("Security");
    }

    @Test
    void theReportedTitleIsSearchable() {
        model.records().textProperty().set("world solidarity");
        assertThat(model.records().shown()).extracting(Document::id).containsExactly("world-unity-initiative");
    }
}
