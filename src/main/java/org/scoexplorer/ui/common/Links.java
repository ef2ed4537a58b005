package org.scoexplorer.ui.common;

import org.scoexplorer.service.RecordRef;

/** What a link in a detail pane does: open a record in its view, or a web page in the browser. */
public interface Links {
    void open(RecordRef ref);

    /** Opens an http(s) address in the system browser; callers check it with WebLinks first. */
    void openUrl(String url);
}
