package org.scoexplorer.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Reads and writes {@link Settings} as {@code settings.json} in one folder.
 *
 * <p>{@link #load()} never throws: a missing file gives the defaults, a broken one gives the defaults
 * plus a one-line warning, and the broken file is moved aside as {@code settings.json.bad-YYYYMMDD-HHMMSS}
 * (never over an earlier backup). Reading is lenient: unknown fields are ignored, missing or mistyped
 * fields take their defaults, and out-of-range values are clamped (see {@link Settings}).
 *
 * <p>Writes go through {@link AtomicFiles}, so a failed write leaves the previous file as it was.
 * {@link #save} writes at once; {@link #saveLater} coalesces the calls made within the delay (about a
 * second) and writes the last one on a single daemon thread; {@link #flush()} writes what is pending
 * at once (call it, or {@link #close()}, on exit). Save failures are reported to the
 * {@linkplain #setWarningListener warning listener}, each distinct message once, on the thread that
 * wrote (the settings thread for {@code saveLater}) — a UI must hop to its own thread.
 */
public final class SettingsStore implements AutoCloseable {
    public static final String FILE_NAME = "settings.json";
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);
    /** A settings file is a few hundred bytes; anything beyond this is not one. */
    static final int MAX_FILE_BYTES = 1024 * 1024;
    private static final String APP_FOLDER_UNIX = "sco-explorer";
    private static final String APP_FOLDER = "SCO Explorer";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final ObjectMapper MAPPER = Json.mapper(new DatasetLimits(MAX_FILE_BYTES, 16, 64 * 1024, 100));
    private static final ObjectReader READER = MAPPER.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** What {@link #load()} found: the settings to use and, if the file was broken, what to tell the user. */
    public record Loaded(Settings settings, Optional<String> warning) {
        public Loaded {
            Objects.requireNonNull(settings, "settings");
            warning = warning == null ? Optional.empty() : warning;
        }
    }

    private record Pending(Settings settings, long generation) {}

    private final Path folder;
    private final Path file;
    private final Duration delay;
    private final Clock clock;
    private final ScheduledThreadPoolExecutor executor;
    private final AtomicLong generations = new AtomicLong();
    private final Object writeLock = new Object();
    private final Set<String> reported = new HashSet<>();
    private volatile Consumer<String> warningListener = message -> {};

    /** The newest generation on disk; guarded by writeLock. */
    private long written;
    /** Guarded by this. */
    private Pending pending;
    /** Guarded by this. */
    private ScheduledFuture<?> scheduled;
    /** Guarded by this. */
    private boolean closed;

    public SettingsStore(Path folder) {
        this(folder, DEFAULT_DELAY);
    }

    public SettingsStore(Path folder, Duration delay) {
        this(folder, delay, Clock.systemDefaultZone());
    }

    SettingsStore(Path folder, Duration delay, Clock clock) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.file = folder.resolve(FILE_NAME);
        this.delay = delay == null || delay.isNegative() ? DEFAULT_DELAY : delay;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread t = new Thread(runnable, "settings-saver");
            t.setDaemon(true);
            return t;
        });
        executor.setKeepAliveTime(10, TimeUnit.SECONDS);
        executor.allowCoreThreadTimeOut(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    // ---------------------------------------------------------------- where

    /** The per-user settings folder of this platform. */
    public static Path defaultFolder() {
        return defaultFolder(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home", ".")));
    }

    /**
     * Windows: {@code %APPDATA%\SCO Explorer}; macOS: {@code ~/Library/Application Support/SCO Explorer};
     * elsewhere {@code $XDG_CONFIG_HOME/sco-explorer} (an unset, blank or relative value is ignored, as
     * the XDG specification asks) or {@code ~/.config/sco-explorer}.
     */
    static Path defaultFolder(String osName, Map<String, String> env, Path home) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank()
                    ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve(APP_FOLDER);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP_FOLDER);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            Path base = Path.of(xdg);
            if (base.isAbsolute()) {
                return base.resolve(APP_FOLDER_UNIX);
            }
        }
        return home.resolve(".config").resolve(APP_FOLDER_UNIX);
    }

    public Path folder() {
        return folder;
    }

    public Path file() {
        return file;
    }

    /** Receives save failures, each distinct message once; {@code null} removes the listener. */
    public void setWarningListener(Consumer<String> listener) {
        warningListener = listener == null ? message -> {} : listener;
    }

    // ---------------------------------------------------------------- reading

    /** The stored settings, or the defaults (with a warning if the file was there but broken). Never throws. */
    public Loaded load() {
        try {
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            } catch (NoSuchFileException e) {
                return new Loaded(Settings.defaults(), Optional.empty());
            } catch (IOException | RuntimeException e) {
                return broken(readProblem(e));
            }
            if (bytes.length > MAX_FILE_BYTES) {
                return broken("it is larger than " + (MAX_FILE_BYTES / 1024 / 1024) + " MB");
            }
            if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
                return broken("it is empty");
            }
            JsonNode root;
            try {
                root = READER.readTree(bytes);
            } catch (JsonProcessingException e) {
                return broken(syntaxProblem(e));
            }
            if (root == null || root.isMissingNode()) {
                return broken("it is empty");
            }
            if (!root.isObject()) {
                return broken("it holds " + Messages.kindOf(root) + " instead of settings");
            }
            return new Loaded(fromJson((ObjectNode) root), Optional.empty());
        } catch (IOException | RuntimeException e) {
            return broken(readProblem(e));
        }
    }

    /** Settings from a JSON object, field by field: what is missing or of the wrong type takes its default. */
    static Settings fromJson(ObjectNode o) {
        Settings d = Settings.defaults();
        List<String> recent = new ArrayList<>();
        if (o.get("recentFiles") instanceof ArrayNode array) {
            for (JsonNode item : array) {
                if (item.isTextual()) {
                    recent.add(item.textValue());
                }
            }
        }
        return new Settings(Settings.CURRENT_VERSION,
                number(o, "windowX"), number(o, "windowY"), number(o, "windowWidth"), number(o, "windowHeight"),
                o.path("maximized").isBoolean() ? o.get("maximized").booleanValue() : d.maximized(),
                text(o, "lastTab"), text(o, "lastRecord"), text(o, "theme"), text(o, "language"),
                o.path("fontScale").isNumber() ? o.get("fontScale").doubleValue() : d.fontScale(),
                recent, text(o, "graphLayout"), text(o, "lastDirectory"));
    }

    static ObjectNode toJson(Settings s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("version", Settings.CURRENT_VERSION);
        putIfKnown(o, "windowX", s.windowX());
        putIfKnown(o, "windowY", s.windowY());
        putIfKnown(o, "windowWidth", s.windowWidth());
        putIfKnown(o, "windowHeight", s.windowHeight());
        o.put("maximized", s.maximized());
        putIfKnown(o, "lastTab", s.lastTab());
        putIfKnown(o, "lastRecord", s.lastRecord());
        o.put("theme", s.theme());
        o.put("language", s.language());
        o.put("fontScale", s.fontScale());
        ArrayNode recent = o.putArray("recentFiles");
        s.recentFiles().forEach(recent::add);
        o.put("graphLayout", s.graphLayout());
        putIfKnown(o, "lastDirectory", s.lastDirectory());
        return o;
    }

    private static Double number(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        return n != null && n.isNumber() ? n.doubleValue() : null;
    }

    private static String text(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        return n != null && n.isTextual() ? n.textValue() : null;
    }

    private static void putIfKnown(ObjectNode o, String field, Double value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    private static void putIfKnown(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    /** Defaults, the broken file moved aside, and the sentence that says so. */
    private Loaded broken(String reason) {
        String head = "Your settings file could not be read (" + reason + "); SCO Explorer started with default settings";
        String message;
        try {
            Path backup = moveAside();
            message = head + " and kept the old file as " + backup + ".";
        } catch (IOException | RuntimeException e) {
            message = head + "; the old file " + file + " could not be kept as a backup (" + writeProblem(e)
                    + ") and will be replaced when settings are next saved.";
        }
        return new Loaded(Settings.defaults(), Optional.of(message));
    }

    private Path moveAside() throws IOException {
        String base = FILE_NAME + ".bad-" + LocalDateTime.now(clock).format(STAMP);
        for (int n = 1; n < 1000; n++) {
            Path backup = folder.resolve(n == 1 ? base : base + "-" + n);
            if (Files.exists(backup, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                // no REPLACE_EXISTING (and no ATOMIC_MOVE, which may replace): an earlier backup is never lost
                Files.move(file, backup);
                return backup;
            } catch (FileAlreadyExistsException e) {
                // taken in the meantime; try the next name
            }
        }
        throw new IOException("too many backups named " + base);
    }

    private static String syntaxProblem(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String detail = Messages.jackson(e.getOriginalMessage());
        if (detail.startsWith("the file ends too early") || detail.startsWith("duplicate key")) {
            return "it is not valid JSON: " + detail;
        }
        if (at != null && at.getLineNr() > 0) {
            return "it is not valid JSON at line " + at.getLineNr() + ", column " + at.getColumnNr();
        }
        return "it is not valid JSON";
    }

    private static String readProblem(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "no permission to read it";
        }
        return describe(e);
    }

    // ---------------------------------------------------------------- writing

    /**
     * Writes {@code settings} now (and drops an older pending {@link #saveLater}). On failure the previous
     * file is left as it was, the warning listener is told (once per distinct message), and the message is
     * returned; nothing is thrown.
     */
    public Optional<String> save(Settings settings) {
        Objects.requireNonNull(settings, "settings");
        long generation = generations.incrementAndGet();
        synchronized (this) {
            if (pending != null && pending.generation() < generation) {
                pending = null;
            }
        }
        return write(settings, generation);
    }

    /** Remembers {@code settings} and writes the last of the calls made within the delay, off this thread. */
    public void saveLater(Settings settings) {
        Objects.requireNonNull(settings, "settings");
        long generation = generations.incrementAndGet();
        synchronized (this) {
            if (!closed) {
                pending = new Pending(settings, generation);
                if (scheduled == null) {
                    scheduled = executor.schedule(this::writePending, delay.toNanos(), TimeUnit.NANOSECONDS);
                }
                return;
            }
        }
        write(settings, generation);
    }

    /** Writes the pending settings, if any, now; returns once any write in progress has finished too. */
    public void flush() {
        synchronized (this) {
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }
        writePending();
        synchronized (writeLock) {
            // waits for a background write that took its settings before this flush
        }
    }

    /** Flushes and stops the settings thread; later {@link #saveLater} calls write at once. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        flush();
        executor.shutdown();
    }

    private void writePending() {
        Pending p;
        synchronized (this) {
            p = pending;
            pending = null;
            scheduled = null;
        }
        if (p != null) {
            write(p.settings(), p.generation());
        }
    }

    private Optional<String> write(Settings settings, long generation) {
        synchronized (writeLock) {
            if (generation <= written) {
                return Optional.empty(); // newer settings are on disk already
            }
            try {
                byte[] bytes = MAPPER.writeValueAsBytes(toJson(settings));
                Files.createDirectories(folder);
                AtomicFiles.write(file, out -> {
                    out.write(bytes);
                    out.write('\n');
                });
                written = generation;
                return Optional.empty();
            } catch (IOException | RuntimeException e) {
                String message = "Your settings could not be saved (" + writeProblem(e)
                        + "); SCO Explorer keeps working but will not remember the latest changes.";
                report(message);
                return Optional.of(message);
            }
        }
    }

    private String writeProblem(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "no permission to write in " + folder;
        }
        if (e instanceof FileAlreadyExistsException) {
            return folder + " is not a folder";
        }
        return describe(e);
    }

    /** A short, stable description: file-system reasons without the random temporary-file names. */
    private static String describe(Exception e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip().lines().findFirst().orElse(m);
    }

    private void report(String message) {
        synchronized (reported) {
            if (!reported.add(message)) {
                return;
            }
        }
        try {
            warningListener.accept(message);
        } catch (RuntimeException ignored) {
            // a broken listener must not break saving
        }
    }
}
