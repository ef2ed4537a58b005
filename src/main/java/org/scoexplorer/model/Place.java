package org.scoexplorer.model;

import java.util.List;

/** A point on a corridor or the seat of an organisation. */
public record Place(String id, String name, List<String> aliases, String country, String otherCountry, double lat,
                    double lon, boolean approximate, PlaceKind kind, String summary, List<Note> notes,
                    List<String> sources) {
    public Place {
        aliases = Lists.copy(aliases);
        notes = Lists.copy(notes);
        sources = Lists.copy(sources);
    }
}
