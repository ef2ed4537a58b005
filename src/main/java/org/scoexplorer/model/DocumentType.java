package org.scoexplorer.model;

import java.util.Locale;

public enum DocumentType {
    DECLARATION, DECISION, STATEMENT, AGREEMENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        String c = code();
        return Character.toUpperCase(c.charAt(0)) + c.substring(1);
    }
}
