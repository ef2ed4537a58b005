package org.scoexplorer.ui;

import java.util.stream.Collectors;
import org.scoexplorer.model.Dataset;
import org.scoexplorer.model.DatasetInfo;
import org.scoexplorer.service.AppInfo;

/** The texts of Help > Keyboard shortcuts and Help > About, built from the data on show. */
final class HelpTexts {
    private HelpTexts() {}

    static String shortcuts() {
        return I18n.t("help.shortcuts");
    }

    static final String LIBRARIES = """
            OpenJFX 21 (GPL v2 with the Classpath Exception) — openjfx.io
            ControlsFX 11.2 (BSD 3-Clause) — controlsfx.github.io
            Jackson 2.21 (Apache License 2.0) — github.com/FasterXML/jackson
            networknt json-schema-validator 1.5 (Apache License 2.0)
            SLF4J (MIT)
            GraphStream 2.0 (LGPL v3 / CeCILL-C) — graphstream-project.org
            """;

    static String about(Dataset d, String fileName) {
        DatasetInfo info = d == null ? null : d.dataset();
        StringBuilder b = new StringBuilder();
        b.append(I18n.t("about.intro", AppInfo.NAME, AppInfo.version())).append("\n\n");
        if (info != null) {
            b.append(I18n.t("about.dataset", info.title(), fileName, info.compiled(), String.valueOf(d.formatVersion()))).append("\n");
            if (info.license() != null) {
                b.append(info.license()).append('\n');
            }
            b.append(I18n.t("about.sources", d.sources().size())).append("\n");
            b.append(d.sources().stream().limit(8).map(s -> "  " + s.name()).collect(Collectors.joining("\n")));
            b.append("\n  … ").append(I18n.t("about.sources.more")).append("\n");
        }
        b.append("\n").append(I18n.t("about.libraries")).append("\n").append(LIBRARIES);
        return b.toString();
    }
}
