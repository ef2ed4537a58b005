package org.scoexplorer.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.scoexplorer.service.SearchHit;
import org.scoexplorer.service.SearchService;

/**
 * One search as the Ctrl+K box runs it on every keystroke (12 hits), sampled so the report has the
 * p95. Queries: a country code prefix, a name, two words across records, a word only in summaries,
 * and a query that matches nothing (every record is looked at).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class SearchBenchmark {
    @Param({"1", "100"})
    public int scale;

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
