package org.scoexplorer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FilteredRecordsTest {
    private final FilteredRecords<String> records = new FilteredRecords<>("places", s -> s);

    @Test
    void textMatchesEveryWordIgnoringCaseAndAccents() {
        records.setAll(List.of("Ürümqi", "Almaty", "Astana", "Bandar Abbas"));
        assertThat(records.countProperty().get()).isEqualTo("4 places");
        records.textProperty().set("urum");
        assertThat(records.shown()).containsExactly("Ürümqi");
        records.textProperty().set("abbas bandar");
        assertThat(records.shown()).containsExactly("Bandar Abbas");
        assertThat(records.countProperty().get()).isEqualTo("1 of 4 places");
    }

    @Test
    void theScopeCombinesWithTheText() {
        records.setAll(List.of("Almaty", "Astana", "Aktau"));
        records.scopeProperty().set(s -> s.startsWith("A") && s.length() == 6);
        assertThat(records.shown()).containsExactly("Almaty", "Astana");
        records.textProperty().set("ast");
        assertThat(records.shown()).containsExactly("Astana");
        records.clearFilters();
        assertThat(records.shown()).hasSize(3);
    }
}
