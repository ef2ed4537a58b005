package org.scoexplorer.model;

/** A cited outlet or data set. */
public record Source(String id, String name, String publisher, String url) {}
