package org.scoexplorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** The log file in the user data folder: rolling, three files of at most 1 MB each. */
final class AppLog {
    private static final Logger ROOT = Logger.getLogger("org.scoexplorer");

    private AppLog() {}

    /** Starts logging to {@code folder}; returns the log file, or null when it cannot be written. */
    static Path start(Path folder) {
        try {
            Files.createDirectories(folder);
            FileHandler handler = new FileHandler(folder.resolve("sco-explorer-%g.log").toString(), 1024 * 1024, 3, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            ROOT.addHandler(handler);
            ROOT.setUseParentHandlers(false); // the file only, not the terminal
            ROOT.setLevel(Level.INFO);
            ROOT.info("SCO Explorer started");
            return folder.resolve("sco-explorer-0.log");
        } catch (IOException | RuntimeException e) {
            return null; // a read-only home must not stop the app
        }
    }
}
