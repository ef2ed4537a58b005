package org.scoexplorer.model;

import java.util.List;

/** One meeting of the Council of Heads of State in the organisation's history. */
public record PastSummit(int number, int year, String date, String city, String country, boolean online,
                         String summary, List<String> sources) {
    public PastSummit {
        sources = Lists.copy(sources);
    }
}
