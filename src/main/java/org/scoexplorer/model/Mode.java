package org.scoexplorer.model;

import java.util.Locale;
import java.util.Optional;

/** How a leg is travelled. */
public enum Mode {
    RAIL, ROAD, SEA, PIPELINE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Mode> parse(String text) {
        for (Mode m : values()) {
            if (m.code().equalsIgnoreCase(text.trim())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
