package org.scoexplorer.model;

import java.util.List;

/**
 * A document adopted at the summit. {@code title} is the official title, {@code reportedTitle} the one
 * the source article uses where it differs; {@code signed} is false for texts adopted without signing.
 */
public record Document(String id, Integer number, String title, String reportedTitle, DocumentType type,
                       String form, boolean signed, String area, String summary, List<String> countries,
                       List<String> people, List<String> initiatives, List<String> corridors, List<String> themes,
                       List<Note> notes, List<String> sources) {
    public Document {
        countries = Lists.copy(countries);
        people = Lists.copy(people);
        initiatives = Lists.copy(initiatives);
        corridors = Lists.copy(corridors);
        themes = Lists.copy(themes);
        notes = Lists.copy(notes);
        sources = Lists.copy(sources);
    }
}
