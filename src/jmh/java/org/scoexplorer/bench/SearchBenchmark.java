package org.scoexplorer.bench;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.scoexplorer.service.SearchHit;
import org.scoexplorer.service.SearchService;

/**
 * One search as the Ctrl+K box runs it on every keystroke (12 hits), sampled so the report has the
 * p95. Queries: a country code prefix, a name, two words across records, a word only in summaries,
 * and a query that matches nothing (every record is looked at).
 */
public class SearchBenchmark extends SampledBenchmark {
    @Param({"ka", "putin", "astana declaration", "railway", "zqxw"})
    public String query;

    private SearchService search;

    @Setup
    public void setUp() {
        search = new SearchService(ScaledData.index(scale));
    }

    @Benchmark
    public List<SearchHit> search() {
        return search.search(query, 12);
    }
}
