package org.scoexplorer.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.scoexplorer.model.Dataset;

/** Writes a dataset as the JSON the loader reads (lower-case enums, no nulls or empty lists), atomically. */
public final class DatasetWriter {
    private DatasetWriter() {}

    public static void write(Dataset dataset, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(dataset, out));
    }

    public static void write(Dataset dataset, OutputStream out) throws IOException {
        // empty lists are left out: the schema wants optional lists, when present, not empty
        Json.mapper(DatasetLimits.DEFAULT).copy()
                .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
                .writeValue(out, dataset);
    }
}
