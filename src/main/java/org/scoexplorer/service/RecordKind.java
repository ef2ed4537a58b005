package org.scoexplorer.service;

/** The kinds of record a link, a search hit or the navigation history can point at. */
public enum RecordKind {
    COUNTRY("Country"),
    PERSON("Person"),
    DOCUMENT("Document"),
    STATEMENT("Statement"),
    PLACE("Place"),
    CORRIDOR("Corridor"),
    ORGANIZATION("Organisation"),
    THEME("Theme");

    private final String label;

    RecordKind(String label) {
        this.label = label;
    }

    /** A singular noun for the kind, as shown beside search results. */
    public String label() {
        return label;
    }
}
