package org.scoexplorer.model;

import java.util.List;

/** The summit the dataset is about. {@code city} is a place id; country fields are ISO alpha-2 ids. */
public record Summit(String id, int number, String name, String startDate, String endDate, String venue,
                     String city, String country, Chair chair, String motto, List<String> mottoVariants,
                     String format, boolean firstScoPlus, List<String> outcomes, int documentsReported,
                     Integer documentsAnnounced, Integer documentsUnidentified, NextChair nextChair,
                     NextSummit nextSummit, List<Note> notes, List<String> sources) {
    public Summit {
        mottoVariants = Lists.copy(mottoVariants);
        outcomes = Lists.copy(outcomes);
        notes = Lists.copy(notes);
        sources = Lists.copy(sources);
    }

    public record Chair(String country, String person, String period) {}

    public record NextChair(String country, String period) {}

    public record NextSummit(String country, String city, String date) {}
}
