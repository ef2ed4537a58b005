package org.scoexplorer.ui.directory;

import org.scoexplorer.ui.I18n;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import org.scoexplorer.service.CrossReferences;
import org.scoexplorer.service.DatasetIndex;
import org.scoexplorer.service.RecordKind;
import org.scoexplorer.service.RecordRef;
import org.scoexplorer.ui.common.Choice;
import org.scoexplorer.ui.common.DetailPane;
import org.scoexplorer.ui.common.Links;
import org.scoexplorer.ui.common.MasterDetail;
import org.scoexplorer.ui.common.RecordDetails;
import org.scoexplorer.ui.common.RecordTable;

/** The Directory tab: every person, organisation, place and theme, and what links to each. */
public final class DirectoryTab {
    private final DirectoryViewModel model;
    private final RecordTable<DirectoryEntry> table;
    private final DetailPane detail;
    private final RecordDetails details;
    private final Tab tab;

    public DirectoryTab(DirectoryViewModel model, Links links, Consumer<String> filterByTheme) {
        this.model = model;
        table = new RecordTable<>(model.records());
        table.text("Name", DirectoryEntry::name, 230);
        table.text("Kind", DirectoryEntry::kind, 100);
        table.text("About", DirectoryEntry::detail, 330);
        ComboBox<Choice.Option<RecordKind>> kinds = Choice.bound("All kinds", DirectoryViewModel.KINDS,
                k -> I18n.t("kind." + k.name().toLowerCase(java.util.Locale.ROOT)), model.kindProperty(), "kind-filter");
        table.addToBar(kinds);

        detail = new DetailPane(links, "entry");
        details = new RecordDetails(detail, filterByTheme);
        MasterDetail.bind(table, model.selectedProperty(), e -> show(e.ref()),
                () -> detail.showPlaceholder(I18n.label("Select a person, organisation, place or theme.")));
        SplitPane split = new SplitPane(table, detail);
        split.setDividerPositions(0.55);
        tab = new Tab(I18n.label("Directory"), split);
        tab.setClosable(false);
        tab.setId("directory-tab");
    }

    public void setData(DatasetIndex index, CrossReferences references) {
        details.setData(index, references);
    }

    public void reveal(RecordRef ref) {
        MasterDetail.reveal(table, model.selectedProperty(), model::showAll, model.entryFor(ref));
    }

    private void show(RecordRef ref) {
        if (!details.show(ref)) {
            detail.showPlaceholder(I18n.label("Nothing to show."));
        }
    }

    public Tab tab() {
        return tab;
    }

    public RecordTable<DirectoryEntry> table() {
        return table;
    }
}
