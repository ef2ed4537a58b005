package org.scoexplorer.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebLinksTest {
    @Test
    void onlyHttpAndHttpsWithAHostAreOpened() {
        assertThat(WebLinks.isSafe("https://tass.com/politics/1811375")).isTrue();
        assertThat(WebLinks.isSafe("http://en.kremlin.ru/events/president/news/74464/print")).isTrue();
        assertThat(WebLinks.isSafe("HTTPS://example.org")).isTrue();
        assertThat(WebLinks.isSafe("file:///etc/passwd")).isFalse();
        assertThat(WebLinks.isSafe("javascript:alert(1)")).isFalse();
        assertThat(WebLinks.isSafe("jar:file:/x.jar!/a")).isFalse();
        assertThat(WebLinks.isSafe("sco-explorer://open")).isFalse();
        assertThat(WebLinks.isSafe("https:///nohost")).isFalse();
        assertThat(WebLinks.isSafe("not a url")).isFalse();
        assertThat(WebLinks.isSafe(null)).isFalse();
        assertThat(WebLinks.isSafe("")).isFalse();
    }
}
