package org.scoexplorer.ui.documents;

import org.scoexplorer.ui.I18n;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import org.scoexplorer.model.Document;
import org.scoexplorer.model.DocumentType;
import org.scoexplorer.service.CrossReferences;
import org.scoexplorer.service.DatasetIndex;
import org.scoexplorer.service.RecordRef;
import org.scoexplorer.ui.common.Badges;
import org.scoexplorer.ui.common.Choice;
import org.scoexplorer.ui.common.DetailPane;
import org.scoexplorer.ui.common.Links;
import org.scoexplorer.ui.common.MasterDetail;
import org.scoexplorer.ui.common.RecordTable;

/** The Documents tab: what the summit adopted, filterable, with the full record of the selected one. */
public final class DocumentsTab {
    private final DocumentsViewModel model;
    private final RecordTable<Document> table;
    private final DetailPane detail;
    private final ComboBox<Choice.Option<String>> areaBox;
    private final ComboBox<Choice.Option<String>> themeBox;
    private final Tab tab;
    private CrossReferences references;

    public DocumentsTab(DocumentsViewModel model, Links links) {
        this.model = model;
        table = new RecordTable<>(model.records());
        table.number("No.", Document::number, 0, 45);
        table.text("Title", Document::title, 420);
        table.text("Type", d -> I18n.documentType(d.type()), 90);
        table.text("Signed", d -> I18n.label(d.signed() ? "Signed" : "Unsigned"), 80);
        table.text("Subject area", Document::area, 150);

        ComboBox<Choice.Option<DocumentType>> typeBox = Choice.bound("All types", List.of(DocumentType.values()),
                I18n::documentType, model.typeProperty(), "type-filter");
        areaBox = Choice.bound("All areas", List.of(), a -> a, model.areaProperty(), "area-filter");
        themeBox = Choice.bound("All themes", List.of(), this::themeName, model.themeProperty(), "theme-filter");
        table.addToBar(typeBox, areaBox, themeBox);

        detail = new DetailPane(links, "document");
        MasterDetail.bind(table, model.selectedProperty(), this::show, () -> detail.showPlaceholder(
                I18n.label("Select a document to see its official title, summary, related countries, people and initiatives, and its sources.")));

        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.6);
        tab = new Tab(I18n.label("Documents"), split);
        tab.setClosable(false);
        tab.setId("documents-tab");
    }

    private String themeName(String id) {
        DatasetIndex index = model.index();
        return index == null ? id : index.theme(id).map(t -> t.name()).orElse(id);
    }

    public void setData(DatasetIndex index, CrossReferences references) {
        this.references = references;
        detail.setIndex(index);
        Choice.setValues(areaBox, model.areas(), a -> a, model.areaProperty());
        Choice.setValues(themeBox, index.dataset().themes().stream().map(t -> t.id()).toList(), this::themeName,
                model.themeProperty());
    }

    public void reveal(String documentId) {
        DatasetIndex index = model.index();
        if (index == null) {
            return;
        }
        index.document(documentId).ifPresent(d -> MasterDetail.reveal(table, model.selectedProperty(), model::showAll, d));
    }

    private void show(Document d) {
        detail.about(RecordRef.document(d.id())).title(d.title(), Badges.plain(d.type().label()), Badges.plain(DocumentsViewModel.signing(d)));
        if (d.reportedTitle() != null) {
            detail.field("Reported as", "“" + d.reportedTitle() + "”");
        }
        detail.field("Number", d.number() == null ? null : String.valueOf(d.number()));
        detail.field("Type", I18n.documentType(d.type()) + (d.form() == null ? "" : " (" + d.form() + ")"));
        detail.field("Signature", I18n.label(d.signed() ? "Signed by the heads of state" : "Adopted without signing"));
        detail.field("Subject area", d.area());
        detail.section("Summary");
        detail.paragraph(d.summary());
        detail.section("Related");
        detail.links("Countries", d.countries().stream().map(RecordRef::country).toList());
        detail.links("People", d.people().stream().map(RecordRef::person).toList());
        detail.links("Initiatives", d.initiatives().stream().map(RecordRef::organization).toList());
        detail.links("Corridors", d.corridors().stream().map(RecordRef::corridor).toList());
        detail.links("Themes", d.themes().stream().map(RecordRef::theme).toList());
        if (references != null) {
            detail.statements("Statements about it", references.statementsAboutDocument(d.id()));
        }
        detail.notes(d.notes());
        detail.sources(d.sources());
    }

    public Tab tab() {
        return tab;
    }

    public RecordTable<Document> table() {
        return table;
    }
}
