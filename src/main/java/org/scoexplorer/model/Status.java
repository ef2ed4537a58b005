package org.scoexplorer.model;

/** A country's SCO status at the time of the summit. */
public enum Status {
    MEMBER("Member state"),
    OBSERVER("Observer"),
    DIALOGUE_PARTNER("Dialogue partner"),
    GUEST("Guest"),
    NONE("No SCO status");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The spelling used in dataset files and exports. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
