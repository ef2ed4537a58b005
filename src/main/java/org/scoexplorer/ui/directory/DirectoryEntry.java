package org.scoexplorer.ui.directory;

import org.scoexplorer.service.RecordRef;

/** One row of the Directory: a person, organisation, place or theme, with a line of context. */
public record DirectoryEntry(RecordRef ref, String name, String kind, String detail, String searchText) {}
