package org.scoexplorer.ui;

import java.util.Objects;
import javafx.scene.control.Tab;
import org.scoexplorer.model.Country;
import org.scoexplorer.service.DatasetIndex;

/** The Members tab: every country in the dataset with its SCO status and key figures. */
final class MembersTab {
    private final RecordTable<Country> table;
    private final Tab tab;
    private DatasetIndex index;

    MembersTab() {
        table = new RecordTable<>("countries", c -> String.join(" ", c.id(), c.iso3(), c.name(),
                Objects.toString(c.officialName(), ""), String.join(" ", c.aliases()), c.status().label(),
                c.capital().name(), representative(c)));
        table.text("Country", Country::name, 150);
        table.text("Status", c -> c.status().label(), 120);
        table.year("Since", Country::joined, 60);
        table.text("Capital", c -> c.capital().name(), 120);
        RecordTable.explain(table.number("Population (2023)",
                c -> c.population() == null ? null : c.population().value(), 0, 130), "World Bank (SP.POP.TOTL), 2023");
        RecordTable.explain(table.number("GDP 2023, US$ bn", c -> c.gdpUsd() == null ? null : c.gdpUsd().value() / 1e9,
                1, 130), "Nominal GDP in current US dollars, World Bank (NY.GDP.MKTP.CD), 2023; "
                + "Afghanistan and Qatar: 2022, the latest year available");
        table.text("Represented at Astana by", this::representative, 190);
        table.text("Role", c -> c.representative() == null ? null : c.representative().role(), 220);
        tab = new Tab("Members", table);
        tab.setClosable(false);
        tab.setId("members-tab");
    }

    private String representative(Country c) {
        if (c.representative() == null) {
            return null;
        }
        return index == null ? c.representative().person() : index.personName(c.representative().person());
    }

    void show(DatasetIndex index) {
        this.index = index;
        table.setRecords(index.dataset().countries());
    }

    Tab tab() {
        return tab;
    }

    RecordTable<Country> table() {
        return table;
    }
}
