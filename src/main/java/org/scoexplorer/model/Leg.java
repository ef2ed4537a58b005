package org.scoexplorer.model;

import java.util.List;

/**
 * One stretch of a corridor between two places. {@code lengthEstimated} marks a great-circle estimate
 * rather than a sourced figure.
 */
public record Leg(String id, String corridor, String from, String to, Mode mode, double lengthKm,
                  boolean lengthEstimated, WorkStatus status, List<Note> notes, List<String> sources) {
    public Leg {
        notes = Lists.copy(notes);
        sources = Lists.copy(sources);
    }
}
