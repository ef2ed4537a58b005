package org.scoexplorer.service;

/**
 * One result of {@link SearchService#search}: the record, its display name, a short context line (status,
 * role, type, place ...) and the score it was ranked by (higher is better; see {@link SearchService}).
 */
public record SearchHit(RecordRef ref, String title, String detail, int score) {}
