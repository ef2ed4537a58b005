package org.scoexplorer.service;

import java.util.Objects;

/** Points at one record of a dataset: a country, a person, a document ... by kind and id. */
public record RecordRef(RecordKind kind, String id) {
    public RecordRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static RecordRef country(String id) {
        return new RecordRef(RecordKind.COUNTRY, id);
    }

    public static RecordRef person(String id) {
        return new RecordRef(RecordKind.PERSON, id);
    }

    public static RecordRef document(String id) {
        return new RecordRef(RecordKind.DOCUMENT, id);
    }

    public static RecordRef statement(String id) {
        return new RecordRef(RecordKind.STATEMENT, id);
    }

    public static RecordRef place(String id) {
        return new RecordRef(RecordKind.PLACE, id);
    }

    public static RecordRef corridor(String id) {
        return new RecordRef(RecordKind.CORRIDOR, id);
    }

    public static RecordRef organization(String id) {
        return new RecordRef(RecordKind.ORGANIZATION, id);
    }

    public static RecordRef theme(String id) {
        return new RecordRef(RecordKind.THEME, id);
    }
}
