package org.scoexplorer.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's name and version, as the build stamped them. */
public final class AppInfo {
    public static final String NAME = "SCO Explorer";
    private static final String VERSION = readVersion();

    private AppInfo() {}

    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = AppInfo.class.getResourceAsStream("/org/scoexplorer/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
