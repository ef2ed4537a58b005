package org.scoexplorer.model;

import java.util.Locale;

/** Whether a corridor or leg is running, being built or only planned (as of the summit). */
public enum WorkStatus {
    OPERATIONAL, UNDER_CONSTRUCTION, PLANNED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return switch (this) {
            case OPERATIONAL -> "Operational";
            case UNDER_CONSTRUCTION -> "Under construction";
            case PLANNED -> "Planned";
        };
    }
}
