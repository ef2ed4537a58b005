package org.scoexplorer.data;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.scoexplorer.model.Corridor;
import org.scoexplorer.model.Country;
import org.scoexplorer.model.Dataset;
import org.scoexplorer.model.Document;
import org.scoexplorer.model.Leg;
import org.scoexplorer.model.Note;
import org.scoexplorer.model.Organization;
import org.scoexplorer.model.Person;
import org.scoexplorer.model.Place;
import org.scoexplorer.model.Statement;
import org.scoexplorer.model.Status;
import org.scoexplorer.model.Summit;

/**
 * The checks a schema cannot express: unique ids, references between records, routes without gaps,
 * dates in order. Each finding names the JSON pointer of the offending value.
 */
final class DatasetChecker {
    record Finding(Problem.Kind kind, String pointer, String message, boolean warning) {}

    private final Dataset d;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> countries;
    private final Set<String> people;
    private final Set<String> organizations;
    private final Set<String> themes;
    private final Set<String> documents;
    private final Set<String> places;
    private final Set<String> corridors;
    private final Set<String> sources;

    private DatasetChecker(Dataset d) {
        this.d = d;
        countries = ids(d.countries(), Country::id, "countries", "country");
        people = ids(d.people(), Person::id, "people", "person");
        organizations = ids(d.organizations(), Organization::id, "organizations", "organisation");
        themes = ids(d.themes(), t -> t.id(), "themes", "theme");
        documents = ids(d.documents(), Document::id, "documents", "document");
        ids(d.statements(), Statement::id, "statements", "statement");
        places = ids(d.places(), Place::id, "places", "place");
        corridors = ids(d.corridors(), Corridor::id, "corridors", "corridor");
        ids(d.legs(), Leg::id, "legs", "leg");
        sources = ids(d.sources(), s -> s.id(), "sources", "source");
    }

    static List<Finding> check(Dataset d) {
        DatasetChecker c = new DatasetChecker(d);
        c.summit();
        c.countries();
        c.people();
        c.organizations();
        c.documents();
        c.statements();
        c.places();
        c.legsAndCorridors();
        return c.findings;
    }

    private <T> Set<String> ids(List<T> records, Function<T, String> id, String array, String kind) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String value = id.apply(records.get(i));
            if (value == null) {
                continue;
            }
            Integer earlier = first.putIfAbsent(value, i);
            if (earlier != null) {
                error(Problem.Kind.DUPLICATE_ID, "/" + array + "/" + i + "/id",
                        "duplicate " + kind + " id '" + value + "' (already used by /" + array + "/" + earlier + ")");
            }
        }
        return first.keySet();
    }

    private void summit() {
        if (d.dataset() != null) {
            date("/dataset/compiled", d.dataset().compiled());
        }
        Summit s = d.summit();
        if (s == null) {
            return;
        }
        ref("/summit/city", s.city(), places, "place");
        ref("/summit/country", s.country(), countries, "country");
        if (s.chair() != null) {
            ref("/summit/chair/country", s.chair().country(), countries, "country");
            ref("/summit/chair/person", s.chair().person(), people, "person");
        }
        if (s.nextChair() != null) {
            ref("/summit/nextChair/country", s.nextChair().country(), countries, "country");
        }
        if (s.nextSummit() != null) {
            ref("/summit/nextSummit/country", s.nextSummit().country(), countries, "country");
        }
        LocalDate start = date("/summit/startDate", s.startDate());
        LocalDate end = date("/summit/endDate", s.endDate());
        if (start != null && end != null && end.isBefore(start)) {
            error(Problem.Kind.DATE_ORDER, "/summit/endDate", "the summit ends (" + end + ") before it starts (" + start + ")");
        }
        sourced("/summit", s.sources(), s.notes());
        if (d.world() != null) {
            if (d.world().population() != null) {
                ref("/world/population/source", d.world().population().source(), sources, "source");
            }
            if (d.world().gdpUsd() != null) {
                ref("/world/gdpUsd/source", d.world().gdpUsd().source(), sources, "source");
            }
        }
        for (int i = 0; i < d.summits().size(); i++) {
            ref("/summits/" + i + "/country", d.summits().get(i).country(), countries, "country");
            sourced("/summits/" + i, d.summits().get(i).sources(), List.of());
        }
        for (int i = 0; i < d.themes().size(); i++) {
            sourced("/themes/" + i, d.themes().get(i).sources(), List.of());
        }
    }

    private void countries() {
        int summitYear = summitYear();
        for (int i = 0; i < d.countries().size(); i++) {
            Country c = d.countries().get(i);
            String at = "/countries/" + i;
            if (c.representative() != null) {
                ref(at, "/representative/person", c.representative().person(), people, "person");
            }
            if (c.capital() != null && c.capital().source() != null) {
                ref(at, "/capital/source", c.capital().source(), sources, "source");
            }
            if (c.population() != null) {
                ref(at, "/population/source", c.population().source(), sources, "source");
            }
            if (c.gdpUsd() != null) {
                ref(at, "/gdpUsd/source", c.gdpUsd().source(), sources, "source");
            }
            boolean needsYear = c.status() == Status.MEMBER || c.status() == Status.OBSERVER
                    || c.status() == Status.DIALOGUE_PARTNER;
            if (needsYear && c.joined() == null) {
                warning(Problem.Kind.INCOMPLETE, at + "/status", "no 'joined' year for a country with status " + c.status().code());
            }
            if (c.joined() != null && summitYear > 0 && c.joined() > summitYear) {
                error(Problem.Kind.DATE_ORDER, at + "/joined", "status granted in " + c.joined() + ", after the summit (" + summitYear + ")");
            }
            for (int j = 0; j < c.statusHistory().size(); j++) {
                date(at + "/statusHistory/" + j + "/date", c.statusHistory().get(j).date());
                sourced(at + "/statusHistory/" + j, c.statusHistory().get(j).sources(), List.of(), true);
            }
            sourced(at, c.sources(), c.notes());
        }
    }

    private void people() {
        for (int i = 0; i < d.people().size(); i++) {
            Person p = d.people().get(i);
            String at = "/people/" + i;
            ref(at, "/country", p.country(), countries, "country");
            ref(at, "/organization", p.organization(), organizations, "organisation");
            sourced(at, p.sources(), p.notes());
        }
    }

    private void organizations() {
        for (int i = 0; i < d.organizations().size(); i++) {
            Organization o = d.organizations().get(i);
            String at = "/organizations/" + i;
            ref(at, "/location", o.location(), places, "place");
            ref(at, "/representative", o.representative(), people, "person");
            refs(at, "/themes", o.themes(), themes, "theme");
            sourced(at, o.sources(), o.notes());
        }
    }

    private void documents() {
        for (int i = 0; i < d.documents().size(); i++) {
            Document doc = d.documents().get(i);
            String at = "/documents/" + i;
            refs(at, "/countries", doc.countries(), countries, "country");
            refs(at, "/people", doc.people(), people, "person");
            refs(at, "/initiatives", doc.initiatives(), organizations, "organisation or initiative");
            refs(at, "/corridors", doc.corridors(), corridors, "corridor");
            refs(at, "/themes", doc.themes(), themes, "theme");
            sourced(at, doc.sources(), doc.notes());
        }
    }

    private void statements() {
        for (int i = 0; i < d.statements().size(); i++) {
            Statement s = d.statements().get(i);
            String at = "/statements/" + i;
            // collective positions of the member states are tied to the document that records them
            if (s.country() == null && s.person() == null && s.organization() == null && s.documents().isEmpty()) {
                error(Problem.Kind.UNATTRIBUTED, at, "a statement needs who made it: a country, a person, an organization, "
                        + "or the document that records it");
            }
            ref(at, "/country", s.country(), countries, "country");
            ref(at, "/person", s.person(), people, "person");
            ref(at, "/organization", s.organization(), organizations, "organisation");
            refs(at, "/documents", s.documents(), documents, "document");
            refs(at, "/initiatives", s.initiatives(), organizations, "organisation or initiative");
            refs(at, "/corridors", s.corridors(), corridors, "corridor");
            refs(at, "/themes", s.themes(), themes, "theme");
            sourced(at, s.sources(), s.notes());
        }
    }

    private void places() {
        for (int i = 0; i < d.places().size(); i++) {
            Place p = d.places().get(i);
            String at = "/places/" + i;
            ref(at, "/country", p.country(), countries, "country");
            ref(at, "/otherCountry", p.otherCountry(), countries, "country");
            sourced(at, p.sources(), p.notes());
        }
    }

    private void legsAndCorridors() {
        Map<String, Set<String>> joined = new HashMap<>();
        for (int i = 0; i < d.legs().size(); i++) {
            Leg leg = d.legs().get(i);
            String at = "/legs/" + i;
            ref(at, "/corridor", leg.corridor(), corridors, "corridor");
            ref(at, "/from", leg.from(), places, "place");
            ref(at, "/to", leg.to(), places, "place");
            if (leg.from() != null && leg.from().equals(leg.to())) {
                error(Problem.Kind.SELF_LOOP, at + "/to", "the leg starts and ends at the same place '" + leg.from() + "'");
            }
            joined.computeIfAbsent(leg.corridor(), k -> new HashSet<>()).add(pair(leg.from(), leg.to()));
            sourced(at, leg.sources(), leg.notes());
        }
        for (int i = 0; i < d.corridors().size(); i++) {
            Corridor c = d.corridors().get(i);
            String at = "/corridors/" + i;
            ref(at, "/parent", c.parent(), corridors, "corridor");
            if (c.id() != null && c.id().equals(c.parent())) {
                error(Problem.Kind.SELF_LOOP, at + "/parent", "a corridor cannot be its own parent");
            }
            refs(at, "/route", c.route(), places, "place");
            refs(at, "/countries", c.countries(), countries, "country");
            refs(at, "/people", c.people(), people, "person");
            refs(at, "/themes", c.themes(), themes, "theme");
            Set<String> own = joined.getOrDefault(c.id(), Set.of());
            for (int j = 0; j + 1 < c.route().size(); j++) {
                String a = c.route().get(j);
                String b = c.route().get(j + 1);
                if (!own.contains(pair(a, b))) {
                    error(Problem.Kind.ROUTE_GAP, at + "/route/" + (j + 1), "gap in the route: no leg of corridor '" + c.id()
                            + "' joins '" + a + "' and '" + b + "'");
                }
            }
            sourced(at, c.sources(), c.notes());
        }
    }

    private static String pair(String a, String b) {
        return a == null || b == null ? "" : (a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a);
    }

    private int summitYear() {
        if (d.summit() == null || d.summit().startDate() == null || d.summit().startDate().length() < 4) {
            return 0;
        }
        try {
            return Integer.parseInt(d.summit().startDate().substring(0, 4));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private LocalDate date(String pointer, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            error(Problem.Kind.DATE, pointer, "'" + text + "' is not a calendar date (YYYY-MM-DD)");
            return null;
        }
    }

    private void sourced(String at, List<String> ids, List<Note> notes) {
        sourced(at, ids, notes, false);
    }

    private void sourced(String at, List<String> ids, List<Note> notes, boolean optional) {
        if (ids.isEmpty() && !optional) {
            error(Problem.Kind.NO_SOURCE, at + "/sources", "the record cites no source");
        }
        refs(at, "/sources", ids, sources, "source");
        for (int i = 0; i < notes.size(); i++) {
            refs(at, "/notes/" + i + "/sources", notes.get(i).sources(), sources, "source");
        }
    }

    // the pointer is put together only for a reference that fails: at a hundred times the bundled
    // dataset there are some 100,000 references, nearly all good

    private void refs(String at, String field, Collection<String> ids, Set<String> known, String kind) {
        int i = 0;
        for (String id : ids) {
            if (id != null && !known.contains(id)) {
                ref(at + field + "/" + i, id, known, kind);
            }
            i++;
        }
    }

    private void ref(String at, String field, String id, Set<String> known, String kind) {
        if (id != null && !known.contains(id)) {
            ref(at + field, id, known, kind);
        }
    }

    private void ref(String pointer, String id, Set<String> known, String kind) {
        if (id != null && !known.contains(id)) {
            error(Problem.Kind.UNKNOWN_REFERENCE, pointer, "unknown " + kind + " '" + id + "'");
        }
    }

    private void error(Problem.Kind kind, String pointer, String message) {
        findings.add(new Finding(kind, pointer, message, false));
    }

    private void warning(Problem.Kind kind, String pointer, String message) {
        findings.add(new Finding(kind, pointer, message, true));
    }
}
