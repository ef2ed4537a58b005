package org.scoexplorer.bench;

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
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.data.LoadResult;

/**
 * Load + validate (UTF-8 check, parse, JSON Schema, mapping into records, cross-record checks) of
 * the bundled dataset scaled 1 to 1000 times, from bytes in memory, in a warmed-up JVM. The file
 * read itself is left out: it is the disk's speed, not ours.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g", "-Xms2g"})
public class LoadBenchmark {
    @Param({"1", "10", "100", "1000"})
    public int scale;

    private byte[] bytes;
    private DatasetLoader loader;

    @Setup
    public void setUp() {
        bytes = ScaledData.bytes(scale);
        loader = new DatasetLoader();
        LoadResult first = loader.load(bytes, "scaled.json");
        if (!first.ok()) {
            throw new IllegalStateException("the scaled dataset does not load: " + first.errors());
        }
        System.out.printf("%nx%d: %.1f MB%n", scale, bytes.length / 1e6);
    }

    @Benchmark
    public LoadResult loadAndValidate() {
        return loader.load(bytes, "scaled.json");
    }
}
