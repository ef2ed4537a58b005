package org.scoexplorer.service;

import java.util.Locale;
import java.util.Optional;

/** The record kinds that can be exported as tables, named as on the command line. */
public enum ExportKind {
    COUNTRIES, DOCUMENTS, CORRIDORS, LEGS, PLACES, PEOPLE, ORGANIZATIONS, SOURCES;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExportKind> parse(String text) {
        for (ExportKind k : values()) {
            if (k.code().equalsIgnoreCase(text)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
