package org.scoexplorer.data;

import java.util.List;
import java.util.Optional;
import org.scoexplorer.model.Dataset;

/**
 * The outcome of reading a dataset file: the dataset when it has no errors, and every problem found
 * (warnings can accompany a good dataset).
 */
public record LoadResult(String name, Dataset dataset, List<Problem> problems, long millis) {
    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return dataset != null;
    }

    public Optional<Dataset> datasetIfOk() {
        return Optional.ofNullable(dataset);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
