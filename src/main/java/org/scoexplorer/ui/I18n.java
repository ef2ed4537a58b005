package org.scoexplorer.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.scoexplorer.model.Country;
import org.scoexplorer.model.DocumentType;
import org.scoexplorer.model.Status;
import org.scoexplorer.model.WorkStatus;

/**
 * The interface language: English, Russian or Chinese (Simplified), from the bundles
 * {@code org/scoexplorer/ui/i18n/messages*.properties}. Chosen once at start (the settings say which);
 * dataset text stays in the language it was written in, but country names use the dataset's
 * translated names when it has them.
 */
public final class I18n {
    public static final List<String> LANGUAGES = List.of("en", "ru", "zh");
    static final String BUNDLE = "org.scoexplorer.ui.i18n.messages";

    private static volatile Locale locale = Locale.ENGLISH;
    private static volatile ResourceBundle bundle = load(Locale.ENGLISH);

    private I18n() {}

    private static ResourceBundle load(Locale l) {
        // no fallback to the JVM's default locale: English is the base bundle
        return ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Switches the language for views built from now on ("en", "ru" or "zh"; anything else is English). */
    public static void setLanguage(String language) {
        Locale l = switch (language == null ? "en" : language) {
            case "ru" -> Locale.forLanguageTag("ru");
            case "zh" -> Locale.SIMPLIFIED_CHINESE;
            default -> Locale.ENGLISH;
        };
        locale = l;
        bundle = load(l);
    }

    public static String language() {
        return locale.getLanguage();
    }

    /** The text for a key, with {0}, {1} … filled in; the key itself when it is missing (never a crash). */
    public static String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /**
     * A fixed interface label given in English (a column title, a field name, a section heading): its
     * translation under the key {@code label.<slug>}, or the English text when there is none (so a
     * dynamic label such as a date passes through unchanged).
     */
    public static String label(String english) {
        if (english == null || english.isEmpty()) {
            return english;
        }
        String key = labelKey(english);
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return english;
        }
    }

    /** "Represented at Astana by" -> "label.represented-at-astana-by". */
    public static String labelKey(String english) {
        return "label." + english.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    public static String status(Status s) {
        return t("status." + s.code());
    }

    public static String work(WorkStatus s) {
        return t("work." + s.code());
    }

    public static String documentType(DocumentType t) {
        return t("doctype." + t.code());
    }

    public static String mode(org.scoexplorer.model.Mode m) {
        return t("mode." + m.code());
    }

    /** A country's name in the interface language when the dataset has it, else as written. */
    public static String countryName(Country c) {
        String translated = c.names().get(locale.getLanguage());
        return translated == null || translated.isBlank() ? c.name() : translated;
    }
}
