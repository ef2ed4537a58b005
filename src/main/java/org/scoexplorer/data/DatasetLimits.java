package org.scoexplorer.data;

/**
 * Bounds that keep a hostile or broken file from exhausting memory or time. The bundled dataset is
 * about 0.2 MB; the limits leave room for datasets a thousand times larger.
 */
public record DatasetLimits(long maxFileBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength) {
    public static final DatasetLimits DEFAULT = new DatasetLimits(256L * 1024 * 1024, 64, 1_000_000, 100);
}
