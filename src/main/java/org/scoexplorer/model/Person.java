package org.scoexplorer.model;

import java.util.List;

/** A person named in the dataset, with the role held at the time of the summit. */
public record Person(String id, String name, List<String> aliases, String role, String country,
                     String organization, String summary, List<Note> notes, List<String> sources) {
    public Person {
        aliases = Lists.copy(aliases);
        notes = Lists.copy(notes);
        sources = Lists.copy(sources);
    }
}
