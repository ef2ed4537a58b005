package org.scoexplorer.model;

import java.util.Locale;

public enum OrganizationKind {
    INTERNATIONAL_ORGANIZATION, SCO_BODY, INITIATIVE;

    public String label() {
        return switch (this) {
            case INTERNATIONAL_ORGANIZATION -> "International organisation";
            case SCO_BODY -> "SCO body";
            case INITIATIVE -> "Initiative";
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
