package org.scoexplorer.data;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Watches one file and calls back once after it changed and then stayed quiet for a moment: editors
 * save in several steps (truncate, write, rename), and reloading after each would show half a file.
 * Watches the folder (a file replaced by a rename keeps being watched). Daemon threads only.
 */
public final class FileWatcher implements AutoCloseable {
    private final Path file;
    private final WatchService service;
    private final ScheduledExecutorService debouncer;
    private final Runnable onChange;
    private final Duration quiet;
    private final Thread thread;
    private ScheduledFuture<?> pending;
    private boolean closed;

    public FileWatcher(Path file, Duration quiet, Runnable onChange) throws IOException {
        this.file = file.toAbsolutePath().normalize();
        this.onChange = onChange;
        this.quiet = quiet;
        this.service = FileSystems.getDefault().newWatchService();
        this.file.getParent().register(service, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        this.debouncer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "dataset-watch-debounce"));
        this.thread = daemon(this::run, "dataset-watch");
        thread.start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean ours = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    Object context = event.context();
                    if (context instanceof Path p && p.getFileName().equals(file.getFileName())) {
                        ours = true;
                    }
                }
                key.reset();
                if (ours) {
                    schedule();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the watch ends
        }
    }

    private synchronized void schedule() {
        if (closed) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = debouncer.schedule(onChange, quiet.toMillis(), TimeUnit.MILLISECONDS);
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        try {
            service.close();
        } catch (IOException e) {
            // nothing left to release
        }
        debouncer.shutdownNow();
        thread.interrupt();
    }
}
