package org.scoexplorer.data;

/**
 * Bounds that keep a hostile or broken file from exhausting memory or time. The bundled dataset is
 * about 0.3 MB with at most a few hundred items in an array; the limits leave room for datasets a
 * thousand times larger. Jackson enforces all but {@code maxArrayItems} while parsing; the dataset
 * loader checks that one itself (a small file of ten million empty objects would otherwise fill the heap).
 */
public record DatasetLimits(long maxFileBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength,
                            int maxArrayItems) {
    public static final DatasetLimits DEFAULT = new DatasetLimits(256L * 1024 * 1024, 64, 1_000_000, 100, 1_000_000);

    /** Limits without a bound on array items, for readers other than the dataset loader. */
    public DatasetLimits(long maxFileBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength) {
        this(maxFileBytes, maxNestingDepth, maxStringLength, maxNumberLength, Integer.MAX_VALUE);
    }
}
