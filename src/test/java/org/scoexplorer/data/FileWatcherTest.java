package org.scoexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWatcherTest {
    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void aBurstOfWritesGivesOneCallbackAfterTheFileIsQuiet(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data.json");
        Files.writeString(file, "{}");
        AtomicInteger calls = new AtomicInteger();
        try (FileWatcher w = new FileWatcher(file, Duration.ofMillis(300), calls::incrementAndGet)) {
            for (int i = 0; i < 5; i++) {
                Files.writeString(file, "{\"n\": " + i + "}");
            }
            waitUntil(() -> calls.get() > 0);
            assertThat(calls.get()).isEqualTo(1);
            // a save by rename (as editors do) is seen too
            Path tmp = dir.resolve("data.json.tmp");
            Files.writeString(tmp, "{\"n\": 9}");
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            waitUntil(() -> calls.get() > 1);
            assertThat(calls.get()).isEqualTo(2);
        }
    }

    @Test
    void otherFilesInTheFolderAreIgnored(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data.json");
        Files.writeString(file, "{}");
        AtomicInteger calls = new AtomicInteger();
        try (FileWatcher w = new FileWatcher(file, Duration.ofMillis(100), calls::incrementAndGet)) {
            Files.writeString(dir.resolve("other.json"), "{}");
            Files.writeString(file, "{\"x\": 1}");
            waitUntil(() -> calls.get() > 0);
            assertThat(calls.get()).isEqualTo(1);
        }
    }
}
