package org.scoexplorer.ui;

import org.scoexplorer.service.CrossReferences;
import org.scoexplorer.service.DatasetIndex;
import org.scoexplorer.service.SearchService;
import org.scoexplorer.service.SummitStatistics;

/** A loaded dataset with everything derived from it; built off the FX thread, then swapped in whole. */
public record ExplorerData(DatasetIndex index, CrossReferences references, SummitStatistics statistics,
                           SearchService search) {
    public static ExplorerData of(DatasetIndex index) {
        return new ExplorerData(index, new CrossReferences(index), new SummitStatistics(index), new SearchService(index));
    }
}
