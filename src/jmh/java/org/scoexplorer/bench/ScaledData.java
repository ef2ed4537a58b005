package org.scoexplorer.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.data.DatasetWriter;
import org.scoexplorer.data.LoadResult;
import org.scoexplorer.model.Dataset;
import org.scoexplorer.service.DatasetIndex;
import org.scoexplorer.service.DatasetScaler;

/** The bundled dataset scaled N times (the same generator as {@code --scale}), as file bytes or loaded. */
final class ScaledData {
    private ScaledData() {}

    static Dataset dataset(int scale) {
        LoadResult bundled = new DatasetLoader().loadBundled();
        if (!bundled.ok()) {
            throw new IllegalStateException("the bundled dataset does not load: " + bundled.problems());
        }
        return DatasetScaler.scale(bundled.dataset(), scale);
    }

    static byte[] bytes(int scale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            DatasetWriter.write(dataset(scale), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static DatasetIndex index(int scale) {
        return new DatasetIndex(dataset(scale));
    }

    /** The id of a record's last copy: the scaler suffixes copies 2..N with "-k". */
    static String lastCopy(String id, int scale) {
        return scale == 1 ? id : id + "-" + scale;
    }
}
