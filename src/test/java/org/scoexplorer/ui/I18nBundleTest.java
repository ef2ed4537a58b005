package org.scoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the code asks for exists in English, Russian and Chinese, and every pattern is valid. */
class I18nBundleTest {
    private static final Path SOURCES = Path.of("src/main/java/org/scoexplorer");
    private static final List<String> LANGUAGES = List.of("", "_ru", "_zh");
    /** Calls whose first string argument is an interface label translated through I18n.label. */
    private static final List<Pattern> LABEL_CALLS = List.of(
            Pattern.compile("I18n\\.label\\(\"((?:[^\"\\\\]|\\\\.)+)\"\\)"),
            Pattern.compile("\\.(?:field|section|list|links|statements|sourcedField|text|number|year|custom)\\(\"((?:[^\"\\\\]|\\\\.)+)\""),
            Pattern.compile("Choice\\.bound\\(\"([^\"]+)\""),
            Pattern.compile("Badges\\.plain\\(\"([^\"]+)\"\\)"),
            Pattern.compile("sectionLabel\\(\"([^\"]+)\"\\)"));
    private static final Pattern KEY_CALLS = Pattern.compile("I18n\\.t\\(\"([a-zA-Z0-9.]+)\"");

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18n.class.getResourceAsStream("/org/scoexplorer/ui/i18n/messages" + suffix + ".properties")) {
            assertThat(in).as("bundle messages" + suffix).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static String sources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(f)).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void everyBundleHasTheSameKeys() throws IOException {
        Set<String> english = bundle("").stringPropertyNames();
        for (String lang : LANGUAGES) {
            assertThat(bundle(lang).stringPropertyNames()).as("keys of messages" + lang).isEqualTo(english);
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        String code = sources();
        Set<String> used = new TreeSet<>();
        Matcher m = KEY_CALLS.matcher(code);
        while (m.find()) {
            used.add(m.group(1));
        }
        // every literal inside I18n.label(...), also those of a ternary: label(signed ? "A" : "B")
        Matcher call = Pattern.compile("I18n\\.label\\(([^;]*?)\\)\\s*[;,)+]").matcher(code);
        while (call.find()) {
            Matcher lit = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)+)\"").matcher(call.group(1));
            while (lit.find()) {
                String text = lit.group(1).replace("\\\"", "\"");
                if (text.length() > 1 && text.matches(".*[A-Za-z].*")) {
                    used.add(I18n.labelKey(text));
                }
            }
        }
        for (Pattern p : LABEL_CALLS) {
            Matcher l = p.matcher(code);
            while (l.find()) {
                String text = l.group(1).replace("\\\"", "\"");
                if (text.length() > 1 && text.matches(".*[A-Za-z].*")) {
                    used.add(I18n.labelKey(text));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(150);
        for (String lang : LANGUAGES) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(bundle(lang).stringPropertyNames());
            // keys built at run time from enums are checked below
            missing.removeIf(k -> k.endsWith("."));
            assertThat(missing).as("keys missing from messages" + lang).isEmpty();
        }
    }

    @Test
    void keysBuiltFromEnumsExist() throws IOException {
        Set<String> keys = bundle("").stringPropertyNames();
        for (var s : org.scoexplorer.model.Status.values()) {
            assertThat(keys).contains("status." + s.code());
        }
        for (var s : org.scoexplorer.model.WorkStatus.values()) {
            assertThat(keys).contains("work." + s.code());
        }
        for (var s : org.scoexplorer.model.DocumentType.values()) {
            assertThat(keys).contains("doctype." + s.code(), "overview.doctype." + s.code());
        }
        for (var s : org.scoexplorer.model.Mode.values()) {
            assertThat(keys).contains("mode." + s.code());
        }
        for (var k : org.scoexplorer.service.RecordKind.values()) {
            assertThat(keys).contains("kind." + k.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (var n : org.scoexplorer.model.NoteKind.values()) {
            assertThat(keys).contains(I18n.labelKey(n.label()));
        }
        for (String noun : List.of("countries", "documents", "entries", "places")) {
            assertThat(keys).contains("count.all." + noun, "count.some." + noun, "filter.prompt." + noun);
        }
    }

    @Test
    void everyPatternIsAValidMessageFormat() throws IOException {
        for (String lang : LANGUAGES) {
            Properties p = bundle(lang);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                if (value.contains("{")) {
                    MessageFormat f = new MessageFormat(value);
                    assertThat(f.format(new Object[] {1, 2, 3, 4})).as(lang + " " + key).doesNotContain("{");
                }
            }
        }
    }

    @Test
    void russianAndChineseAreReallyTranslated() throws IOException {
        Properties en = bundle("");
        for (String lang : List.of("_ru", "_zh")) {
            Properties t = bundle(lang);
            Set<String> same = new HashSet<>();
            for (String key : en.stringPropertyNames()) {
                if (en.getProperty(key).equals(t.getProperty(key))) {
                    same.add(key);
                }
            }
            assertThat(same.size()).as("untranslated in " + lang + ": " + same).isLessThan(en.size() / 10);
        }
    }

    @Test
    void countryNamesFollowTheLanguage() {
        var china = new org.scoexplorer.data.DatasetLoader().loadBundled().dataset().countries().stream()
                .filter(c -> c.id().equals("CN")).findFirst().orElseThrow();
        try {
            I18n.setLanguage("ru");
            assertThat(I18n.countryName(china)).isEqualTo("Китай");
            assertThat(I18n.t("menu.file")).doesNotContain("File");
            I18n.setLanguage("zh");
            assertThat(I18n.countryName(china)).isEqualTo("中国");
        } finally {
            I18n.setLanguage("en");
        }
        assertThat(I18n.countryName(china)).isEqualTo("China");
        assertThat(I18n.t("no.such.key")).isEqualTo("no.such.key");
        assertThat(I18n.label("2001-06-15")).isEqualTo("2001-06-15");
    }
}
