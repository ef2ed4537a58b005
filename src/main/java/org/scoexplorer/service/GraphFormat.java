package org.scoexplorer.service;

import java.util.Locale;
import java.util.Optional;

/** File formats for the corridor network that Gephi, yEd, Cytoscape and NetworkX read. */
public enum GraphFormat {
    GEXF("gexf"), GRAPHML("graphml");

    private final String extension;

    GraphFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file name asks for by its extension, if it is one of these. */
    public static Optional<GraphFormat> forFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (GraphFormat f : values()) {
            if (lower.endsWith("." + f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
