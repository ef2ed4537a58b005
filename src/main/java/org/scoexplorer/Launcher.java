package org.scoexplorer;

import org.scoexplorer.cli.Cli;
import org.scoexplorer.data.DatasetLoader;

/**
 * The main class. It does not extend Application so the app runs from the plain classpath (java -jar,
 * jpackage) and so the headless commands never start the JavaFX toolkit.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (Cli.isCommand(args) && !args[0].equals(ScoExplorerApp.SELF_TEST) && !args[0].equals(StartupProbe.FLAG)) {
            int code = new Cli(System.out, System.err, new DatasetLoader()).run(args);
            System.out.flush();
            System.exit(code);
        }
        // settings, log and dataset are read while the toolkit starts
        StartupClock.trace("main");
        Preload.begin(args);
        ScoExplorerApp.launchWith(args);
    }
}
