package org.scoexplorer.model;

import java.util.List;

/** Everything one dataset file holds: one summit and the organisation's state at that time. */
public record Dataset(int formatVersion, DatasetInfo dataset, Summit summit, World world, List<PastSummit> summits,
                      List<Theme> themes, List<Country> countries, List<Person> people,
                      List<Organization> organizations, List<Document> documents, List<Statement> statements,
                      List<Place> places, List<Corridor> corridors, List<Leg> legs, List<Source> sources) {
    /** The newest format this version of the app reads. */
    public static final int FORMAT_VERSION = 1;

    public Dataset {
        summits = Lists.copy(summits);
        themes = Lists.copy(themes);
        countries = Lists.copy(countries);
        people = Lists.copy(people);
        organizations = Lists.copy(organizations);
        documents = Lists.copy(documents);
        statements = Lists.copy(statements);
        places = Lists.copy(places);
        corridors = Lists.copy(corridors);
        legs = Lists.copy(legs);
        sources = Lists.copy(sources);
    }
}
