package org.scoexplorer.model;

import java.util.List;

/** A transport corridor: place ids in route order, each consecutive pair joined by one of its legs. */
public record Corridor(String id, String name, List<String> aliases, String parent, WorkStatus status,
                       List<String> route, String summary, Double lengthKm, List<String> countries,
                       List<String> people, List<String> themes, List<Note> notes, List<String> sources) {
    public Corridor {
        aliases = Lists.copy(aliases);
        route = Lists.copy(route);
        countries = Lists.copy(countries);
        people = Lists.copy(people);
        themes = Lists.copy(themes);
        notes = Lists.copy(notes);
        sources = Lists.copy(sources);
    }
}
