package org.scoexplorer.model;

/** World totals for the same year as the countries' figures, so shares can be computed, not typed in. */
public record World(Measure population, Measure gdpUsd) {}
