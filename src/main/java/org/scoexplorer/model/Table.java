package org.scoexplorer.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rows of cells under named columns, the shape every export takes. Cells are String, Long, Double,
 * Boolean or null (empty).
 */
public record Table(List<String> columns, List<List<Object>> rows) {
    public Table {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells for " + columns.size() + " columns");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }
}
