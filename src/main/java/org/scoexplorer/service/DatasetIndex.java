package org.scoexplorer.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.scoexplorer.model.Corridor;
import org.scoexplorer.model.Country;
import org.scoexplorer.model.Dataset;
import org.scoexplorer.model.Document;
import org.scoexplorer.model.Leg;
import org.scoexplorer.model.Mode;
import org.scoexplorer.model.Organization;
import org.scoexplorer.model.Person;
import org.scoexplorer.model.Place;
import org.scoexplorer.model.Source;
import org.scoexplorer.model.Statement;
import org.scoexplorer.model.Theme;

/** Lookups by id over one loaded dataset, built once; the dataset is immutable, so is this. */
public final class DatasetIndex {
    private final Dataset dataset;
    private final Map<String, Country> countries;
    private final Map<String, Person> people;
    private final Map<String, Organization> organizations;
    private final Map<String, Document> documents;
    private final Map<String, Place> places;
    private final Map<String, Corridor> corridors;
    private final Map<String, Statement> statements;
    private final Map<String, Theme> themes;
    private final Map<String, Leg> legs;
    private final Map<String, Source> sources;
    private final Map<String, List<Leg>> legsByCorridor;
    private final List<Place> placesOnLegs;
    private final Map<String, Integer> corridorsThrough;

    public DatasetIndex(Dataset dataset) {
        this.dataset = dataset;
        countries = byId(dataset.countries(), Country::id);
        people = byId(dataset.people(), Person::id);
        organizations = byId(dataset.organizations(), Organization::id);
        documents = byId(dataset.documents(), Document::id);
        places = byId(dataset.places(), Place::id);
        corridors = byId(dataset.corridors(), Corridor::id);
        statements = byId(dataset.statements(), Statement::id);
        themes = byId(dataset.themes(), Theme::id);
        sources = byId(dataset.sources(), Source::id);
        this.legs = byId(dataset.legs(), Leg::id);
        Map<String, List<Leg>> legs = new LinkedHashMap<>();
        for (Leg leg : dataset.legs()) {
            legs.computeIfAbsent(leg.corridor(), k -> new ArrayList<>()).add(leg);
        }
        legs.replaceAll((k, v) -> List.copyOf(v));
        legsByCorridor = Collections.unmodifiableMap(legs);
        Map<String, Place> onLegs = new LinkedHashMap<>();
        for (Leg leg : dataset.legs()) {
            place(leg.from()).ifPresent(p -> onLegs.putIfAbsent(p.id(), p));
            place(leg.to()).ifPresent(p -> onLegs.putIfAbsent(p.id(), p));
        }
        placesOnLegs = List.copyOf(onLegs.values());
        Map<String, Integer> through = new java.util.HashMap<>();
        for (Corridor corridor : dataset.corridors()) {
            corridor.route().stream().distinct().forEach(id -> through.merge(id, 1, Integer::sum));
        }
        corridorsThrough = Collections.unmodifiableMap(through);
    }

    /** The places some leg touches (the nodes of the corridor network), in dataset order. */
    public List<Place> placesOnLegs() {
        return placesOnLegs;
    }

    /** How many corridors have the place on their route. */
    public int corridorsThrough(String placeId) {
        return corridorsThrough.getOrDefault(placeId, 0);
    }

    private static <T> Map<String, T> byId(List<T> records, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T r : records) {
            map.putIfAbsent(id.apply(r), r);
        }
        return Collections.unmodifiableMap(map);
    }

    public Dataset dataset() {
        return dataset;
    }

    public Optional<Country> country(String id) {
        return Optional.ofNullable(id == null ? null : countries.get(id));
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(id == null ? null : people.get(id));
    }

    public Optional<Organization> organization(String id) {
        return Optional.ofNullable(id == null ? null : organizations.get(id));
    }

    public Optional<Document> document(String id) {
        return Optional.ofNullable(id == null ? null : documents.get(id));
    }

    public Optional<Place> place(String id) {
        return Optional.ofNullable(id == null ? null : places.get(id));
    }

    public Optional<Corridor> corridor(String id) {
        return Optional.ofNullable(id == null ? null : corridors.get(id));
    }

    public Optional<Statement> statement(String id) {
        return Optional.ofNullable(id == null ? null : statements.get(id));
    }

    public Optional<Theme> theme(String id) {
        return Optional.ofNullable(id == null ? null : themes.get(id));
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(id == null ? null : sources.get(id));
    }

    public Optional<Leg> leg(String id) {
        return Optional.ofNullable(id == null ? null : legs.get(id));
    }

    public List<Leg> legsOf(String corridorId) {
        return legsByCorridor.getOrDefault(corridorId, List.of());
    }

    /** The modes a corridor's legs use, in a fixed order. */
    public Set<Mode> modesOf(String corridorId) {
        EnumSet<Mode> modes = EnumSet.noneOf(Mode.class);
        for (Leg leg : legsOf(corridorId)) {
            modes.add(leg.mode());
        }
        return modes;
    }

    public String countryName(String id) {
        return country(id).map(Country::name).orElse(id == null ? "" : id);
    }

    public String personName(String id) {
        return person(id).map(Person::name).orElse(id == null ? "" : id);
    }

    public String placeName(String id) {
        return place(id).map(Place::name).orElse(id == null ? "" : id);
    }
}
