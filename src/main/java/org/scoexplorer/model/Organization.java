package org.scoexplorer.model;

import java.util.List;

/** An international organisation, an SCO body or an initiative; {@code location} is a place id. */
public record Organization(String id, String name, String acronym, List<String> aliases, OrganizationKind kind,
                           String location, Boolean presentAtSummit, String representative, List<String> themes,
                           String summary, List<Note> notes, List<String> sources) {
    public Organization {
        aliases = Lists.copy(aliases);
        themes = Lists.copy(themes);
        notes = Lists.copy(notes);
        sources = Lists.copy(sources);
    }
}
