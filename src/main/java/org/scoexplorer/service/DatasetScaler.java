package org.scoexplorer.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.scoexplorer.model.Corridor;
import org.scoexplorer.model.Dataset;
import org.scoexplorer.model.Document;
import org.scoexplorer.model.Leg;
import org.scoexplorer.model.Organization;
import org.scoexplorer.model.Person;
import org.scoexplorer.model.Place;
import org.scoexplorer.model.Statement;

/**
 * A synthetic dataset N times the size of a real one, for measuring: every place, leg, corridor,
 * document, statement, person and organisation copied N times under new ids ("-2", "-3" …), with
 * every reference pointing at the copy of the same number, so the result passes every check. The
 * countries, themes and sources stay as they are (country ids are ISO codes: there are not a
 * thousand of them); copies of places are shifted slightly so the graph does not stack them.
 */
public final class DatasetScaler {
    private DatasetScaler() {}

    public static Dataset scale(Dataset d, int factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("the factor must be at least 1");
        }
        List<Place> places = new ArrayList<>();
        List<Leg> legs = new ArrayList<>();
        List<Corridor> corridors = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        List<Organization> organizations = new ArrayList<>();
        for (int k = 1; k <= factor; k++) {
            Function<String, String> id = suffix(k);
            double shift = (k - 1) * 0.05;
            for (Place p : d.places()) {
                places.add(new Place(id.apply(p.id()), copyName(p.name(), k), p.aliases(), p.country(), p.otherCountry(),
                        Math.max(-90, Math.min(90, p.lat() + shift)), wrap(p.lon() + shift), p.approximate(), p.kind(),
                        p.summary(), p.notes(), p.sources()));
            }
            for (Leg l : d.legs()) {
                legs.add(new Leg(id.apply(l.id()), id.apply(l.corridor()), id.apply(l.from()), id.apply(l.to()), l.mode(),
                        l.lengthKm(), l.lengthEstimated(), l.status(), l.notes(), l.sources()));
            }
            for (Corridor c : d.corridors()) {
                corridors.add(new Corridor(id.apply(c.id()), copyName(c.name(), k), c.aliases(),
                        c.parent() == null ? null : id.apply(c.parent()), c.status(), map(c.route(), id), c.summary(),
                        c.lengthKm(), c.countries(), map(c.people(), id), c.themes(), c.notes(), c.sources()));
            }
            for (Person p : d.people()) {
                people.add(new Person(id.apply(p.id()), copyName(p.name(), k), p.aliases(), p.role(), p.country(),
                        p.organization() == null ? null : id.apply(p.organization()), p.summary(), p.notes(), p.sources()));
            }
            for (Organization o : d.organizations()) {
                organizations.add(new Organization(id.apply(o.id()), copyName(o.name(), k), o.acronym(), o.aliases(),
                        o.kind(), o.location() == null ? null : id.apply(o.location()), o.presentAtSummit(),
                        o.representative() == null ? null : id.apply(o.representative()), o.themes(), o.summary(),
                        o.notes(), o.sources()));
            }
            for (Document doc : d.documents()) {
                documents.add(new Document(id.apply(doc.id()), doc.number(), copyName(doc.title(), k), doc.reportedTitle(),
                        doc.type(), doc.form(), doc.signed(), doc.area(), doc.summary(), doc.countries(),
                        map(doc.people(), id), map(doc.initiatives(), id), map(doc.corridors(), id), doc.themes(),
                        doc.notes(), doc.sources()));
            }
            for (Statement s : d.statements()) {
                statements.add(new Statement(id.apply(s.id()), s.kind(), s.country(),
                        s.person() == null ? null : id.apply(s.person()),
                        s.organization() == null ? null : id.apply(s.organization()), s.meeting(), s.summary(), s.themes(),
                        map(s.documents(), id), map(s.initiatives(), id), map(s.corridors(), id), s.notes(), s.sources()));
            }
        }
        var summit = d.summit();
        // the summit's own references to people and places point at the first copies, which keep their ids
        return new Dataset(d.formatVersion(), d.dataset(), summit, d.world(), d.summits(), d.themes(), d.countries(),
                people, organizations, documents, statements, places, corridors, legs, d.sources());
    }

    private static Function<String, String> suffix(int k) {
        return k == 1 ? s -> s : s -> s + "-" + k;
    }

    private static List<String> map(List<String> ids, Function<String, String> id) {
        return ids.stream().map(id).toList();
    }

    private static String copyName(String name, int k) {
        return k == 1 ? name : name + " (" + k + ")";
    }

    private static double wrap(double lon) {
        return lon > 180 ? lon - 360 : lon;
    }
}
