package org.scoexplorer.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.scoexplorer.model.Country;
import org.scoexplorer.model.Dataset;
import org.scoexplorer.model.Document;
import org.scoexplorer.model.DocumentType;
import org.scoexplorer.model.Measure;
import org.scoexplorer.model.PastSummit;
import org.scoexplorer.model.Statement;
import org.scoexplorer.model.Status;
import org.scoexplorer.model.Theme;
import org.scoexplorer.model.World;

/** Figures about the summit computed from one dataset, never typed in. */
public final class SummitStatistics {
    private final Dataset dataset;
    private final Map<Status, Long> countriesByStatus;
    private final Map<DocumentType, Long> documentsByType;
    private final long signed;
    private final List<ThemeCount> themeCounts;
    private final List<TimelineEvent> timeline;

    /** How many documents and statements carry a theme. */
    public record ThemeCount(Theme theme, long documents, long statements) {}

    /**
     * The members' total of a measure against the world's. {@code year} is the year most members' figures
     * refer to and {@code sourceId} the source of the world figure; {@code complete} is false when a member
     * lacks the figure or has one for another year.
     */
    public record Share(double membersTotal, double worldTotal, double percent, int year, String sourceId,
                        boolean complete) {}

    /** One change of a country's status, from its status history. */
    public record TimelineEvent(int year, String date, String countryId, String countryName, Status status,
                                String text) {}

    public SummitStatistics(DatasetIndex index) {
        dataset = index.dataset();

        EnumMap<Status, Long> byStatus = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            byStatus.put(s, 0L);
        }
        for (Country c : dataset.countries()) {
            if (c.status() != null) {
                byStatus.merge(c.status(), 1L, Long::sum);
            }
        }
        countriesByStatus = Collections.unmodifiableMap(byStatus);

        EnumMap<DocumentType, Long> byType = new EnumMap<>(DocumentType.class);
        for (DocumentType t : DocumentType.values()) {
            byType.put(t, 0L);
        }
        long signedCount = 0;
        for (Document doc : dataset.documents()) {
            if (doc.type() != null) {
                byType.merge(doc.type(), 1L, Long::sum);
            }
            if (doc.signed()) {
                signedCount++;
            }
        }
        documentsByType = Collections.unmodifiableMap(byType);
        signed = signedCount;

        List<ThemeCount> counts = new ArrayList<>();
        for (Theme theme : dataset.themes()) {
            long docs = dataset.documents().stream().filter(x -> x.themes().contains(theme.id())).count();
            long stmts = dataset.statements().stream().filter(x -> x.themes().contains(theme.id())).count();
            counts.add(new ThemeCount(theme, docs, stmts));
        }
        themeCounts = List.copyOf(counts);

        List<TimelineEvent> events = new ArrayList<>();
        for (Country c : dataset.countries()) {
            for (Country.StatusEvent e : c.statusHistory()) {
                events.add(new TimelineEvent(e.year(), e.date(), c.id(), c.name(), e.status(), e.text()));
            }
        }
        events.sort(Comparator.comparingInt(TimelineEvent::year)
                .thenComparing(TimelineEvent::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(TimelineEvent::countryName, Comparator.nullsLast(Comparator.naturalOrder())));
        timeline = List.copyOf(events);
    }

    /** Countries per status; every status is a key, with zero where no country has it. */
    public Map<Status, Long> countriesByStatus() {
        return countriesByStatus;
    }

    /** Documents per type; every type is a key, with zero where no document has it. */
    public Map<DocumentType, Long> documentsByType() {
        return documentsByType;
    }

    public long signedDocuments() {
        return signed;
    }

    public long unsignedDocuments() {
        return dataset.documents().size() - signed;
    }

    /** Per theme, in the dataset's theme order. */
    public List<ThemeCount> themeCounts() {
        return themeCounts;
    }

    /** The member states' share of world population; empty without a world figure or member figures. */
    public Optional<Share> memberPopulationShare() {
        return share(Country::population, World::population);
    }

    /** The member states' share of world GDP (current US$); empty without a world figure or member figures. */
    public Optional<Share> memberGdpShare() {
        return share(Country::gdpUsd, World::gdpUsd);
    }

    private Optional<Share> share(Function<Country, Measure> measure, Function<World, Measure> worldMeasure) {
        World world = dataset.world();
        Measure total = world == null ? null : worldMeasure.apply(world);
        if (total == null || !(total.value() > 0)) {
            return Optional.empty();
        }
        List<Country> members = dataset.countries().stream().filter(c -> c.status() == Status.MEMBER).toList();
        double sum = 0;
        boolean missing = false;
        Map<Integer, Integer> years = new TreeMap<>();
        List<Measure> measures = new ArrayList<>();
        for (Country c : members) {
            Measure m = measure.apply(c);
            if (m == null) {
                missing = true;
                continue;
            }
            measures.add(m);
            sum += m.value();
            years.merge(m.year(), 1, Integer::sum);
        }
        if (measures.isEmpty()) {
            return Optional.empty();
        }
        // the most common year; on a tie the latest (TreeMap iterates in ascending year order)
        int year = 0;
        int best = -1;
        for (Map.Entry<Integer, Integer> e : years.entrySet()) {
            if (e.getValue() >= best) {
                best = e.getValue();
                year = e.getKey();
            }
        }
        boolean complete = !missing && years.size() == 1;
        return Optional.of(new Share(sum, total.value(), 100.0 * sum / total.value(), year, total.source(),
                complete));
    }

    /** Every country's status changes, by year, then date (undated first), then country name. */
    public List<TimelineEvent> membershipTimeline() {
        return timeline;
    }

    /** The past summits held in or before {@code year}, in order. */
    public List<PastSummit> summitsUpTo(int year) {
        return dataset.summits().stream()
                .filter(s -> s.year() <= year)
                .sorted(Comparator.comparingInt(PastSummit::year).thenComparingInt(PastSummit::number))
                .toList();
    }
}
