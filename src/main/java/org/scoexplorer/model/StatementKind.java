package org.scoexplorer.model;

import java.util.Locale;

public enum StatementKind {
    PROPOSAL, STATEMENT, ANNOUNCEMENT, AGREEMENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
