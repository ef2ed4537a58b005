package org.scoexplorer.ui.overview;

import org.scoexplorer.ui.I18n;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scoexplorer.model.DocumentType;
import org.scoexplorer.model.Status;
import org.scoexplorer.model.Summit;
import org.scoexplorer.service.DatasetIndex;
import org.scoexplorer.service.SummitStatistics;

/**
 * The Overview's words and figures, derived from the dataset (nothing typed in): plain Java, so the
 * sentences the landing view shows are tested without a toolkit.
 */
public final class OverviewModel {
    private final DatasetIndex index;
    private final SummitStatistics stats;

    public OverviewModel(DatasetIndex index, SummitStatistics stats) {
        this.index = index;
        this.stats = stats;
    }

    public String heading() {
        Summit s = index.dataset().summit();
        return s.name();
    }

    /** "3–4 July 2024 · Palace of Independence, Astana, Kazakhstan". */
    public String when() {
        Summit s = index.dataset().summit();
        return dateRange(s.startDate(), s.endDate()) + " · " + s.venue() + ", " + index.placeName(s.city()) + ", "
                + index.country(s.country()).map(I18n::countryName).orElse(s.country());
    }

    static String dateRange(String start, String end) {
        LocalDate a = LocalDate.parse(start);
        LocalDate b = LocalDate.parse(end);
        Locale locale = Locale.forLanguageTag(I18n.language());
        DateTimeFormatter full = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        if (a.equals(b)) {
            return full.format(a);
        }
        if (a.getYear() == b.getYear() && a.getMonth() == b.getMonth()) {
            return a.getDayOfMonth() + "–" + full.format(b);
        }
        if (a.getYear() == b.getYear()) {
            return DateTimeFormatter.ofPattern("d MMMM", locale).format(a) + " – " + full.format(b);
        }
        return full.format(a) + " – " + full.format(b);
    }

    /** "10 member states · 2 observers · 14 dialogue partners · 1 guest". */
    public String membershipFigure() {
        Map<Status, Long> by = stats.countriesByStatus();
        return I18n.t("overview.membership", by.get(Status.MEMBER), by.get(Status.OBSERVER),
                by.get(Status.DIALOGUE_PARTNER), by.get(Status.GUEST));
    }

    /** "24 identified: 1 declaration, 19 decisions, 3 statements, 1 agreement". */
    public String documentFigure() {
        Map<DocumentType, Long> by = stats.documentsByType();
        long total = by.values().stream().mapToLong(Long::longValue).sum();
        List<String> parts = new ArrayList<>();
        for (DocumentType t : DocumentType.values()) {
            long n = by.getOrDefault(t, 0L);
            if (n > 0) {
                parts.add(I18n.t("overview.doctype." + t.code(), n));
            }
        }
        return I18n.t("overview.identified", total) + ": " + String.join(", ", parts);
    }

    /** "25 reported after the summit (24 announced beforehand); 1 not identified in the sources". */
    public String documentsReported() {
        Summit s = index.dataset().summit();
        StringBuilder b = new StringBuilder(I18n.t("overview.reported", s.documentsReported()));
        if (s.documentsAnnounced() != null && s.documentsAnnounced() != s.documentsReported()) {
            b.append(" (").append(I18n.t("overview.announced", s.documentsAnnounced())).append(")");
        }
        if (s.documentsUnidentified() != null && s.documentsUnidentified() > 0) {
            b.append("; ").append(I18n.t("overview.unidentified", s.documentsUnidentified()));
        }
        return b.toString();
    }

    /** "42.3 % of world population (World Bank, 2023)" or empty when the dataset has no world figures. */
    public String populationShare() {
        return stats.memberPopulationShare().map(s -> I18n.t("overview.populationShare", percent(s.percent()),
                sourceName(s.sourceId()), String.valueOf(s.year())) + (s.complete() ? "" : " " + I18n.label("(some members' figures missing)")))
                .orElse("");
    }

    public String gdpShare() {
        return stats.memberGdpShare().map(s -> I18n.t("overview.gdpShare", percent(s.percent()),
                sourceName(s.sourceId()), String.valueOf(s.year())) + (s.complete() ? "" : " "
                + I18n.label("(some members' figures are missing or from another year)"))).orElse("");
    }

    private String sourceName(String id) {
        return index.source(id).map(src -> src.publisher() != null ? src.publisher() : src.name()).orElse(id);
    }

    static String percent(double p) {
        return String.format(Locale.ROOT, "%.1f %%", p);
    }

    /** "1 document", "3 documents" (documents and statements have translated forms). */
    public static String count(long n, String one) {
        String key = "count." + one;
        String t = I18n.t(key, n);
        return t.equals(key) ? count(n, one, one + "s") : t;
    }

    private static String count(Long n, String one, String many) {
        long v = n == null ? 0 : n;
        return v + " " + (v == 1 ? one : many);
    }

    public DatasetIndex index() {
        return index;
    }

    public SummitStatistics stats() {
        return stats;
    }
}
