package org.scoexplorer.model;

import java.util.List;

/** A remark on a record; {@code articleSays} holds the source article's claim for {@link NoteKind#ARTICLE_ERROR}. */
public record Note(NoteKind kind, String text, String articleSays, List<String> sources) {
    public Note {
        sources = Lists.copy(sources);
    }
}
