package org.scoexplorer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The first load of a file in a fresh JVM, as the app and {@code --validate} do it: one load per
 * fork, nothing of Jackson, the schema or the model loaded before. Each fork is a new JVM, so the
 * figure includes class loading and the interpreter, not the JVM's own start. The scaled files are
 * written once by {@code --scale} in a separate process, so the measured JVM stays cold.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 7, jvmArgsAppend = {"-Xmx2g"})
public class ColdLoadBenchmark {
    @Param({"1", "10", "100"})
    public int scale;

    private Path file;

    @Setup
    public void setUp() throws IOException, InterruptedException {
        file = Path.of("target", "bench", "scaled-x" + scale + ".sco.json");
        if (Files.exists(file)) {
            return;
        }
        Files.createDirectories(file.getParent());
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.scoexplorer.Launcher", "--scale", String.valueOf(scale),
                file.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("--scale " + scale + " failed");
        }
    }

    @Benchmark
    public LoadResult firstLoad() {
        LoadResult r = new DatasetLoader().load(file);
        if (!r.ok()) {
            throw new IllegalStateException(r.errors().toString());
        }
        return r;
    }
}
