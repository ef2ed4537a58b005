package org.scoexplorer.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import org.scoexplorer.model.Organization;
import org.scoexplorer.model.Person;
import org.scoexplorer.model.Place;
import org.scoexplorer.model.Statement;

/**
 * Reverse links over one dataset ("which documents name this country?"), computed once. Every list is in
 * dataset order and holds each record at most once; an unknown id gives an empty list.
 */
public final class CrossReferences {
    private final Map<String, List<Document>> documentsByCountry;
    private final Map<String, List<Statement>> statementsByCountry;
    private final Map<String, List<Person>> peopleByCountry;
    private final Map<String, List<Place>> placesByCountry;
    private final Map<String, List<Corridor>> corridorsByCountry;
    private final Map<String, List<Organization>> organizationsByCountry;

    private final Map<String, List<Statement>> statementsByPerson;
    private final Map<String, List<Document>> documentsByPerson;
    private final Map<String, List<Corridor>> corridorsByPerson;
    private final Map<String, Country> countryByRepresentative;

    private final Map<String, List<Statement>> statementsByDocument;

    private final Map<String, List<Document>> documentsByTheme;
    private final Map<String, List<Statement>> statementsByTheme;
    private final Map<String, List<Organization>> organizationsByTheme;
    private final Map<String, List<Corridor>> corridorsByTheme;

    private final Map<String, List<Corridor>> corridorsByPlace;
    private final Map<String, List<Leg>> legsByPlace;
    private final Map<String, List<Organization>> organizationsByPlace;

    private final Map<String, List<Document>> documentsByInitiative;
    private final Map<String, List<Statement>> statementsByInitiative;
    private final Map<String, List<Person>> peopleByOrganization;

    private final Map<String, List<Document>> documentsByCorridor;
    private final Map<String, List<Statement>> statementsByCorridor;
    private final Map<String, List<Corridor>> branchesByCorridor;

    public CrossReferences(DatasetIndex index) {
        Dataset d = index.dataset();

        Map<String, List<String>> countriesOfPlace = new HashMap<>();
        for (Place p : d.places()) {
            countriesOfPlace.putIfAbsent(p.id(), idsOf(p.country(), p.otherCountry()));
        }
        Function<String, List<String>> placeCountries = id -> id == null ? List.of()
                : countriesOfPlace.getOrDefault(id, List.of());

        documentsByCountry = group(d.documents(), Document::countries);
        statementsByCountry = group(d.statements(), s -> {
            List<String> keys = new ArrayList<>();
            keys.add(s.country());
            index.person(s.person()).ifPresent(p -> keys.add(p.country()));
            return keys;
        });
        peopleByCountry = group(d.people(), p -> idsOf(p.country()));
        placesByCountry = group(d.places(), p -> idsOf(p.country(), p.otherCountry()));
        corridorsByCountry = group(d.corridors(), c -> {
            List<String> keys = new ArrayList<>(c.countries());
            for (String place : c.route()) {
                keys.addAll(placeCountries.apply(place));
            }
            return keys;
        });
        organizationsByCountry = group(d.organizations(), o -> placeCountries.apply(o.location()));

        statementsByPerson = group(d.statements(), s -> idsOf(s.person()));
        documentsByPerson = group(d.documents(), Document::people);
        corridorsByPerson = group(d.corridors(), Corridor::people);
        Map<String, Country> representatives = new HashMap<>();
        for (Country c : d.countries()) {
            if (c.representative() != null && c.representative().person() != null) {
                representatives.putIfAbsent(c.representative().person(), c);
            }
        }
        countryByRepresentative = Collections.unmodifiableMap(representatives);

        statementsByDocument = group(d.statements(), Statement::documents);

        documentsByTheme = group(d.documents(), Document::themes);
        statementsByTheme = group(d.statements(), Statement::themes);
        organizationsByTheme = group(d.organizations(), Organization::themes);
        corridorsByTheme = group(d.corridors(), Corridor::themes);

        corridorsByPlace = group(d.corridors(), Corridor::route);
        legsByPlace = group(d.legs(), l -> idsOf(l.from(), l.to()));
        organizationsByPlace = group(d.organizations(), o -> idsOf(o.location()));

        documentsByInitiative = group(d.documents(), Document::initiatives);
        statementsByInitiative = group(d.statements(), s -> {
            List<String> keys = new ArrayList<>(s.initiatives());
            keys.add(s.organization());
            return keys;
        });
        peopleByOrganization = group(d.people(), p -> idsOf(p.organization()));

        documentsByCorridor = group(d.documents(), Document::corridors);
        statementsByCorridor = group(d.statements(), Statement::corridors);
        branchesByCorridor = group(d.corridors(), c -> idsOf(c.parent()));
    }

    /** The non-null ids among {@code ids}. */
    private static List<String> idsOf(String... ids) {
        List<String> out = new ArrayList<>(ids.length);
        for (String id : ids) {
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    /** Each key to the records that name it, in record order, each record once per key; null keys dropped. */
    private static <T> Map<String, List<T>> group(List<T> records, Function<T, ? extends Collection<String>> keys) {
        Map<String, List<T>> map = new HashMap<>();
        for (T r : records) {
            Set<String> seen = new LinkedHashSet<>(keys.apply(r));
            for (String key : seen) {
                if (key != null) {
                    map.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
                }
            }
        }
        Map<String, List<T>> frozen = new LinkedHashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }

    private static <T> List<T> get(Map<String, List<T>> map, String id) {
        return id == null ? List.of() : map.getOrDefault(id, List.of());
    }

    // --- countries

    /** Documents whose {@code countries} name the country. */
    public List<Document> documentsOfCountry(String countryId) {
        return get(documentsByCountry, countryId);
    }

    /** Statements made for the country, or by a person from it. */
    public List<Statement> statementsOfCountry(String countryId) {
        return get(statementsByCountry, countryId);
    }

    public List<Person> peopleOfCountry(String countryId) {
        return get(peopleByCountry, countryId);
    }

    /** Places in the country, border crossings on either side included. */
    public List<Place> placesInCountry(String countryId) {
        return get(placesByCountry, countryId);
    }

    /** Corridors that name the country or pass through a place in it. */
    public List<Corridor> corridorsThroughCountry(String countryId) {
        return get(corridorsByCountry, countryId);
    }

    /** Organisations seated at a place in the country. */
    public List<Organization> organizationsInCountry(String countryId) {
        return get(organizationsByCountry, countryId);
    }

    // --- people

    public List<Statement> statementsOfPerson(String personId) {
        return get(statementsByPerson, personId);
    }

    public List<Document> documentsOfPerson(String personId) {
        return get(documentsByPerson, personId);
    }

    public List<Corridor> corridorsOfPerson(String personId) {
        return get(corridorsByPerson, personId);
    }

    /** The country the person spoke for at the summit, if any. */
    public Optional<Country> countryRepresentedBy(String personId) {
        return Optional.ofNullable(personId == null ? null : countryByRepresentative.get(personId));
    }

    // --- documents

    public List<Statement> statementsAboutDocument(String documentId) {
        return get(statementsByDocument, documentId);
    }

    // --- themes

    public List<Document> documentsWithTheme(String themeId) {
        return get(documentsByTheme, themeId);
    }

    public List<Statement> statementsWithTheme(String themeId) {
        return get(statementsByTheme, themeId);
    }

    public List<Organization> organizationsWithTheme(String themeId) {
        return get(organizationsByTheme, themeId);
    }

    public List<Corridor> corridorsWithTheme(String themeId) {
        return get(corridorsByTheme, themeId);
    }

    // --- places

    /** Corridors whose route passes the place. */
    public List<Corridor> corridorsThroughPlace(String placeId) {
        return get(corridorsByPlace, placeId);
    }

    /** Legs that start or end at the place. */
    public List<Leg> legsAtPlace(String placeId) {
        return get(legsByPlace, placeId);
    }

    public List<Organization> organizationsAtPlace(String placeId) {
        return get(organizationsByPlace, placeId);
    }

    // --- organisations and initiatives

    public List<Document> documentsOfInitiative(String organizationId) {
        return get(documentsByInitiative, organizationId);
    }

    /** Statements made by the organisation or naming it as an initiative. */
    public List<Statement> statementsOfInitiative(String organizationId) {
        return get(statementsByInitiative, organizationId);
    }

    public List<Person> peopleOfOrganization(String organizationId) {
        return get(peopleByOrganization, organizationId);
    }

    // --- corridors

    public List<Document> documentsOfCorridor(String corridorId) {
        return get(documentsByCorridor, corridorId);
    }

    public List<Statement> statementsOfCorridor(String corridorId) {
        return get(statementsByCorridor, corridorId);
    }

    /** Corridors whose {@code parent} is this one. */
    public List<Corridor> branchesOf(String corridorId) {
        return get(branchesByCorridor, corridorId);
    }
}
