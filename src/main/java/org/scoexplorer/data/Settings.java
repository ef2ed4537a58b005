package org.scoexplorer.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What SCO Explorer remembers between runs. Immutable; every value is normalised on construction, so
 * a {@code Settings} is always usable whatever a settings file or a caller put in: unknown themes,
 * languages and layouts fall back to the default, {@code fontScale} is clamped to
 * {@value #MIN_FONT_SCALE}..{@value #MAX_FONT_SCALE}, {@code recentFiles} is de-duplicated and capped
 * at {@value #MAX_RECENT_FILES}, blank strings become {@code null}, and window numbers that are not
 * finite (or sizes that are not positive) become {@code null} (unknown).
 *
 * @param version       the settings format version ({@value #CURRENT_VERSION})
 * @param windowX       window position, {@code null} when unknown
 * @param windowY       window position, {@code null} when unknown
 * @param windowWidth   window size, {@code null} when unknown
 * @param windowHeight  window size, {@code null} when unknown
 * @param maximized     whether the window was maximised
 * @param lastTab       the tab shown last, or {@code null}
 * @param lastRecord    the record shown last, e.g. {@code "COUNTRY:IN"}, or {@code null}
 * @param theme         {@code "light"} or {@code "dark"}
 * @param language      {@code "en"}, {@code "ru"} or {@code "zh"}
 * @param fontScale     text size factor, {@value #MIN_FONT_SCALE}..{@value #MAX_FONT_SCALE}
 * @param recentFiles   dataset paths, most recent first, no duplicates, at most {@value #MAX_RECENT_FILES}
 * @param graphLayout   {@code "geographic"} or {@code "force"}
 * @param lastDirectory the folder a file chooser opened last, or {@code null}
 */
public record Settings(
        int version,
        Double windowX,
        Double windowY,
        Double windowWidth,
        Double windowHeight,
        boolean maximized,
        String lastTab,
        String lastRecord,
        String theme,
        String language,
        double fontScale,
        List<String> recentFiles,
        String graphLayout,
        String lastDirectory) {

    public static final int CURRENT_VERSION = 1;
    public static final int MAX_RECENT_FILES = 10;
    public static final double MIN_FONT_SCALE = 0.8;
    public static final double MAX_FONT_SCALE = 1.5;
    public static final double DEFAULT_FONT_SCALE = 1.0;
    public static final List<String> THEMES = List.of("light", "dark");
    public static final List<String> LANGUAGES = List.of("en", "ru", "zh");
    public static final List<String> GRAPH_LAYOUTS = List.of("geographic", "force");
    /** Window coordinates beyond this are treated as unknown (a broken or hostile file). */
    static final double MAX_WINDOW_COORDINATE = 1_000_000;

    public Settings {
        windowX = coordinate(windowX);
        windowY = coordinate(windowY);
        windowWidth = size(windowWidth);
        windowHeight = size(windowHeight);
        lastTab = blankToNull(lastTab);
        lastRecord = blankToNull(lastRecord);
        theme = oneOf(theme, THEMES);
        language = oneOf(language, LANGUAGES);
        fontScale = Double.isNaN(fontScale) ? DEFAULT_FONT_SCALE
                : Math.max(MIN_FONT_SCALE, Math.min(MAX_FONT_SCALE, fontScale));
        recentFiles = recent(recentFiles);
        graphLayout = oneOf(graphLayout, GRAPH_LAYOUTS);
        lastDirectory = blankToNull(lastDirectory);
    }

    public static Settings defaults() {
        return new Settings(CURRENT_VERSION, null, null, null, null, false, null, null, THEMES.get(0),
                LANGUAGES.get(0), DEFAULT_FONT_SCALE, List.of(), GRAPH_LAYOUTS.get(0), null);
    }

    public Settings withWindowX(Double v) {
        return new Settings(version, v, windowY, windowWidth, windowHeight, maximized, lastTab, lastRecord, theme,
                language, fontScale, recentFiles, graphLayout, lastDirectory);
    }

    public Settings withWindowY(Double v) {
        return new Settings(version, windowX, v, windowWidth, windowHeight, maximized, lastTab, lastRecord, theme,
                language, fontScale, recentFiles, graphLayout, lastDirectory);
    }

    public Settings withWindowWidth(Double v) {
        return new Settings(version, windowX, windowY, v, windowHeight, maximized, lastTab, lastRecord, theme,
                language, fontScale, recentFiles, graphLayout, lastDirectory);
    }

    public Settings withWindowHeight(Double v) {
        return new Settings(version, windowX, windowY, windowWidth, v, maximized, lastTab, lastRecord, theme,
                language, fontScale, recentFiles, graphLayout, lastDirectory);
    }

    public Settings withMaximized(boolean v) {
        return new Settings(version, windowX, windowY, windowWidth, windowHeight, v, lastTab, lastRecord, theme,
                language, fontScale, recentFiles, graphLayout, lastDirectory);
    }

    public Settings withLastTab(String v) {
        return new Settings(version, windowX, windowY, windowWidth, windowHeight, maximized, v, lastRecord, theme,
                language, fontScale, recentFiles, graphLayout, lastDirectory);
    }

    public Settings withLastRecord(String v) {
        return new Settings(version, windowX, windowY, windowWidth, windowHeight, maximized, lastTab, v, theme,
                language, fontScale, recentFiles, graphLayout, lastDirectory);
    }

    public Settings withTheme(String v) {
        return new Settings(version, windowX, windowY, windowWidth, windowHeight, maximized, lastTab, lastRecord, v,
                language, fontScale, recentFiles, graphLayout, lastDirectory);
    }

    public Settings withLanguage(String v) {
        return new Settings(version, windowX, windowY, windowWidth, windowHeight, maximized, lastTab, lastRecord,
                theme, v, fontScale, recentFiles, graphLayout, lastDirectory);
    }

    public Settings withFontScale(double v) {
        return new Settings(version, windowX, windowY, windowWidth, windowHeight, maximized, lastTab, lastRecord,
                theme, language, v, recentFiles, graphLayout, lastDirectory);
    }

    public Settings withRecentFiles(List<String> v) {
        return new Settings(version, windowX, windowY, windowWidth, windowHeight, maximized, lastTab, lastRecord,
                theme, language, fontScale, v, graphLayout, lastDirectory);
    }

    /** Puts {@code path} first, removing an earlier occurrence; the oldest entries beyond the cap drop off. */
    public Settings withRecentFile(String path) {
        if (path == null || path.isBlank()) {
            return this;
        }
        List<String> list = new ArrayList<>(recentFiles.size() + 1);
        list.add(path);
        list.addAll(recentFiles);
        return withRecentFiles(list);
    }

    public Settings withGraphLayout(String v) {
        return new Settings(version, windowX, windowY, windowWidth, windowHeight, maximized, lastTab, lastRecord,
                theme, language, fontScale, recentFiles, v, lastDirectory);
    }

    public Settings withLastDirectory(String v) {
        return new Settings(version, windowX, windowY, windowWidth, windowHeight, maximized, lastTab, lastRecord,
                theme, language, fontScale, recentFiles, graphLayout, v);
    }

    private static Double coordinate(Double v) {
        return v == null || !Double.isFinite(v) || Math.abs(v) > MAX_WINDOW_COORDINATE ? null : v;
    }

    private static Double size(Double v) {
        return v == null || !Double.isFinite(v) || v <= 0 || v > MAX_WINDOW_COORDINATE ? null : v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String oneOf(String s, List<String> allowed) {
        if (s != null) {
            String v = s.strip().toLowerCase(Locale.ROOT);
            if (allowed.contains(v)) {
                return v;
            }
        }
        return allowed.get(0);
    }

    private static List<String> recent(List<String> files) {
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String f : files) {
            if (f != null && !f.isBlank()) {
                seen.add(f);
                if (seen.size() == MAX_RECENT_FILES) {
                    break;
                }
            }
        }
        return List.copyOf(seen);
    }
}
