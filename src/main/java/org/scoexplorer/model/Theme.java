package org.scoexplorer.model;

import java.util.List;

public record Theme(String id, String name, String description, List<String> sources) {
    public Theme {
        sources = Lists.copy(sources);
    }
}
