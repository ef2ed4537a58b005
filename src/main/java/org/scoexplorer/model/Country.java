package org.scoexplorer.model;

import java.util.List;
import java.util.Map;

/**
 * A country and its place in the SCO at the time of the summit. {@code id} is the ISO 3166-1 alpha-2
 * code; {@code joined} is the year its current status was granted (null for guests and non-members).
 */
public record Country(String id, String name, String officialName, Map<String, String> names, List<String> aliases,
                      String iso3, String isoNumeric, Status status, Integer joined, List<StatusEvent> statusHistory,
                      Capital capital, Measure population, Measure gdpUsd, Representative representative,
                      String atSummit, List<Note> notes, List<String> sources) {
    public Country {
        names = Lists.copy(names);
        aliases = Lists.copy(aliases);
        statusHistory = Lists.copy(statusHistory);
        notes = Lists.copy(notes);
        sources = Lists.copy(sources);
    }

    public record Capital(String name, double lat, double lon, String source) {}

    /** Who spoke for the country at the summit, and in which meeting. */
    public record Representative(String person, String role, String meeting) {}

    public record StatusEvent(int year, String date, Status status, String text, List<String> sources) {
        public StatusEvent {
            sources = Lists.copy(sources);
        }
    }
}
