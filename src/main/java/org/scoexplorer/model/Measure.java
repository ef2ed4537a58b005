package org.scoexplorer.model;

/** A figure with the year it refers to and the id of its source. */
public record Measure(double value, int year, String source, String note) {}
