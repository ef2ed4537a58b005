package org.scoexplorer.model;

import java.util.Locale;

public enum PlaceKind {
    CITY, PORT, BORDER_CROSSING, FIELD;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
