package org.scoexplorer.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void foldingIgnoresCaseAndDiacritics() {
        assertThat(Text.fold("Türkiye")).isEqualTo("turkiye");
        assertThat(Text.fold("Ürümqi")).isEqualTo("urumqi");
        assertThat(Text.fold("Erdoğan")).isEqualTo("erdogan");
        assertThat(Text.fold("Malé")).isEqualTo("male");
        assertThat(Text.fold("Zamyn-Üüd")).isEqualTo("zamyn-uud");
        assertThat(Text.fold(null)).isEmpty();
    }
}
