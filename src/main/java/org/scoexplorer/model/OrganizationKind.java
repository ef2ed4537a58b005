package org.scoexplorer.model;

import java.util.Locale;

public enum OrganizationKind {
    INTERNATIONAL_ORGANIZATION, SCO_BODY, INITIATIVE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
