package org.scoexplorer.graph;

import java.util.Collection;
import org.scoexplorer.model.Place;

/**
 * Longitude and latitude to flat graph units: an equirectangular projection scaled by the cosine of
 * the mean latitude, so distances east-west look right for the region shown. North is up.
 */
public record GeoProjection(double lonScale) {
    public static GeoProjection forPlaces(Collection<Place> places) {
        double meanLat = places.stream().mapToDouble(Place::lat).average().orElse(40);
        return new GeoProjection(Math.cos(Math.toRadians(meanLat)));
    }

    public double x(double lon) {
        return lon * lonScale;
    }

    public double y(double lat) {
        return lat;
    }
}
