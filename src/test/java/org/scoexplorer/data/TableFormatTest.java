package org.scoexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableFormatTest {
    @Test
    void csvFieldsAreQuotedOnlyWhenNeeded() {
        assertThat(TableFormat.csvField("plain")).isEqualTo("plain");
        assertThat(TableFormat.csvField("a,b")).isEqualTo("\"a,b\"");
        assertThat(TableFormat.csvField("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(TableFormat.csvField("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void numbersArePlain() {
        assertThat(TableFormat.plain(1.77948e13)).isEqualTo("17794800000000");
        assertThat(TableFormat.plain(39.9042)).isEqualTo("39.9042");
        assertThat(TableFormat.plain(-74.006)).isEqualTo("-74.006");
        assertThat(TableFormat.plain(120.0)).isEqualTo("120");
        assertThat(TableFormat.plain(null)).isEmpty();
    }
}
