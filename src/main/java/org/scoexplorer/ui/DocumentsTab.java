package org.scoexplorer.ui;

import java.util.Objects;
import javafx.scene.control.Tab;
import org.scoexplorer.model.Document;
import org.scoexplorer.service.DatasetIndex;

/** The Documents tab: what the summit adopted, by type and subject area. */
final class DocumentsTab {
    private final RecordTable<Document> table;
    private final Tab tab;
    private DatasetIndex index;

    DocumentsTab() {
        table = new RecordTable<>("documents", d -> String.join(" ", d.title(), Objects.toString(d.reportedTitle(), ""),
                d.type().label(), signing(d), d.area(), d.summary(), themes(d)));
        table.number("No.", Document::number, 0, 45);
        table.text("Title", Document::title, 420);
        table.text("Type", d -> d.type().label(), 90);
        table.text("Signed", DocumentsTab::signing, 150);
        table.text("Subject area", Document::area, 170);
        table.text("Themes", this::themes, 180);
        tab = new Tab("Documents", table);
        tab.setClosable(false);
        tab.setId("documents-tab");
    }

    private static String signing(Document d) {
        return d.signed() ? "Signed" : "Adopted without signing";
    }

    private String themes(Document d) {
        return String.join(", ", d.themes().stream()
                .map(t -> index == null ? t : index.theme(t).map(th -> th.name()).orElse(t)).toList());
    }

    void show(DatasetIndex index) {
        this.index = index;
        table.setRecords(index.dataset().documents());
    }

    Tab tab() {
        return tab;
    }

    RecordTable<Document> table() {
        return table;
    }
}
