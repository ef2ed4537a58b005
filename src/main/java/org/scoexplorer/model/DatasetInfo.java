package org.scoexplorer.model;

import java.util.List;

/** What a dataset file is: its title, when it was compiled and in which language its text is written. */
public record DatasetInfo(String title, String description, String compiled, String language, String license,
                          List<Note> notes) {
    public DatasetInfo {
        notes = Lists.copy(notes);
    }
}
