package org.scoexplorer.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.scoexplorer.model.Corridor;
import org.scoexplorer.model.Country;
import org.scoexplorer.model.Document;
import org.scoexplorer.model.Leg;
import org.scoexplorer.model.Measure;
import org.scoexplorer.model.Mode;
import org.scoexplorer.model.Organization;
import org.scoexplorer.model.Person;
import org.scoexplorer.model.Place;
import org.scoexplorer.model.Source;
import org.scoexplorer.model.Table;

/**
 * Flattens records into tables with a fixed column contract (the first columns of each kind are
 * documented in the README and must not change order; new columns go at the end).
 */
public final class TableExporter {
    private final DatasetIndex index;

    public TableExporter(DatasetIndex index) {
        this.index = index;
    }

    public Table table(ExportKind kind) {
        return switch (kind) {
            case COUNTRIES -> countries();
            case DOCUMENTS -> documents();
            case CORRIDORS -> corridors();
            case LEGS -> legs();
            case PLACES -> places();
            case PEOPLE -> people();
            case ORGANIZATIONS -> organizations();
            case SOURCES -> sources();
        };
    }

    private Table countries() {
        List<List<Object>> rows = new ArrayList<>();
        for (Country c : index.dataset().countries()) {
            rows.add(row(c.id(), c.name(), c.status().code(), c.joined() == null ? null : (long) c.joined(),
                    c.capital().name(), c.iso3(), c.capital().lat(), c.capital().lon(),
                    whole(c.population()), whole(c.gdpUsd()),
                    c.representative() == null ? null : index.personName(c.representative().person()),
                    c.representative() == null ? null : c.representative().role(),
                    year(c.population()), year(c.gdpUsd())));
        }
        return new Table(cols("id,name,status,joined,capital,iso3,lat,lon,population,gdp_usd,represented_by,role,"
                + "population_year,gdp_year"), rows);
    }

    private Table documents() {
        List<List<Object>> rows = new ArrayList<>();
        for (Document d : index.dataset().documents()) {
            rows.add(row(d.id(), d.title(), d.type().code(), d.area(), d.summary(), d.reportedTitle(), d.signed(),
                    String.join(";", d.themes())));
        }
        return new Table(cols("id,title,type,area,summary,reported_title,signed,themes"), rows);
    }

    private Table corridors() {
        List<List<Object>> rows = new ArrayList<>();
        for (Corridor c : index.dataset().corridors()) {
            String modes = index.modesOf(c.id()).stream().map(Mode::code).collect(Collectors.joining(";"));
            rows.add(row(c.id(), c.name(), c.status().code(), modes, String.join(";", c.route()), c.parent(),
                    c.lengthKm()));
        }
        return new Table(cols("id,name,status,modes,places,parent,length_km"), rows);
    }

    private Table legs() {
        List<List<Object>> rows = new ArrayList<>();
        for (Leg l : index.dataset().legs()) {
            rows.add(row(l.corridor(), l.from(), l.to(), l.mode().code(), l.lengthKm(), l.status().code(),
                    l.lengthEstimated(), l.id()));
        }
        return new Table(cols("corridor,from,to,mode,length_km,status,length_estimated,id"), rows);
    }

    private Table places() {
        List<List<Object>> rows = new ArrayList<>();
        for (Place p : index.dataset().places()) {
            rows.add(row(p.id(), p.name(), p.country(), p.lat(), p.lon(), p.kind().code(), p.approximate()));
        }
        return new Table(cols("id,name,country,lat,lon,kind,approximate"), rows);
    }

    private Table people() {
        List<List<Object>> rows = new ArrayList<>();
        for (Person p : index.dataset().people()) {
            rows.add(row(p.id(), p.name(), p.role(), p.country(), p.organization()));
        }
        return new Table(cols("id,name,role,country,organization"), rows);
    }

    private Table organizations() {
        List<List<Object>> rows = new ArrayList<>();
        for (Organization o : index.dataset().organizations()) {
            rows.add(row(o.id(), o.name(), o.kind().code(), o.location(),
                    o.location() == null ? null : index.placeName(o.location()), o.acronym()));
        }
        return new Table(cols("id,name,kind,location,location_name,acronym"), rows);
    }

    private Table sources() {
        List<List<Object>> rows = new ArrayList<>();
        for (Source s : index.dataset().sources()) {
            rows.add(row(s.id(), s.name(), s.url(), s.publisher()));
        }
        return new Table(cols("id,name,url,publisher"), rows);
    }

    private static List<String> cols(String csv) {
        return Arrays.asList(csv.split(","));
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static Long whole(Measure m) {
        return m == null ? null : Math.round(m.value());
    }

    private static Long year(Measure m) {
        return m == null ? null : (long) m.year();
    }
}
