package org.scoexplorer.model;

public enum NoteKind {
    ARTICLE_ERROR("Source article corrected"),
    CONFLICT("Sources disagree"),
    UNVERIFIED("Not verified"),
    APPROXIMATE("Approximate"),
    CONTEXT("Context");

    private final String label;

    NoteKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
