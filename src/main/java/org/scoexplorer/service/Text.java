package org.scoexplorer.service;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text folding for matching: case and diacritics ignored, so "turkiye" finds "Türkiye". */
public final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Text() {}

    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        String stripped = MARKS.matcher(decomposed).replaceAll("");
        // letters that do not decompose into base + mark
        stripped = stripped.replace('ı', 'i').replace('ł', 'l').replace('ø', 'o').replace('đ', 'd')
                .replace("ß", "ss").replace('‘', '\'').replace('’', '\'').replace('–', '-').replace('—', '-');
        return stripped.toLowerCase(Locale.ROOT).strip();
    }
}
