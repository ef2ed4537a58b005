package org.scoexplorer.model;

import java.util.List;

/** Something a country, person or organisation proposed, said or announced at the summit. */
public record Statement(String id, StatementKind kind, String country, String person, String organization,
                        String meeting, String summary, List<String> themes, List<String> documents,
                        List<String> initiatives, List<String> corridors, List<Note> notes, List<String> sources) {
    public Statement {
        themes = Lists.copy(themes);
        documents = Lists.copy(documents);
        initiatives = Lists.copy(initiatives);
        corridors = Lists.copy(corridors);
        notes = Lists.copy(notes);
        sources = Lists.copy(sources);
    }
}
