package org.scoexplorer.ui.common;

import org.scoexplorer.ui.I18n;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.scoexplorer.model.Measure;
import org.scoexplorer.model.Note;
import org.scoexplorer.model.NoteKind;
import org.scoexplorer.model.Source;
import org.scoexplorer.model.Statement;
import org.scoexplorer.service.DatasetIndex;
import org.scoexplorer.service.RecordRef;
import org.scoexplorer.service.WebLinks;

/**
 * The right-hand pane that shows one record: headings, fields, paragraphs, links to other records,
 * notes and sources. Dataset text is always shown as plain text (labels), never rendered as markup.
 */
public final class DetailPane extends ScrollPane {
    private final Links links;
    private final VBox content = new VBox(6);
    private DatasetIndex index;
    private GridPane fields;
    private RecordRef subject;

    public DetailPane(Links links, String idPrefix) {
        this.links = links;
        content.setPadding(new Insets(12, 14, 16, 14));
        // never wider than the pane: text wraps; a rare child that cannot shrink is cut, not the pane
        content.setMinWidth(0);
        content.getStyleClass().add("detail");
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setId(idPrefix + "-detail");
        showPlaceholder(I18n.label("Select a row to see everything about it here."));
    }

    public void setIndex(DatasetIndex index) {
        this.index = index;
    }

    public DatasetIndex index() {
        return index;
    }

    /** The record on show, so links to itself are left out. */
    public DetailPane about(RecordRef ref) {
        subject = ref;
        return this;
    }

    public void showPlaceholder(String text) {
        content.getChildren().setAll(wrapped(text, "detail-placeholder"));
        fields = null;
    }

    /** Starts a new record: clears the pane and shows its title. */
    public DetailPane title(String title, Node... badges) {
        content.getChildren().clear();
        fields = null;
        Label t = wrapped(title, "detail-title");
        t.setId(getId() + "-title");
        if (badges.length == 0) {
            content.getChildren().add(t);
        } else {
            HBox row = new HBox(8, badges);
            content.getChildren().addAll(t, row);
        }
        setVvalue(0);
        return this;
    }

    public DetailPane subtitle(String text) {
        if (text != null && !text.isBlank()) {
            content.getChildren().add(wrapped(text, "detail-subtitle"));
        }
        return this;
    }

    /** Adds any node (a chart, a row of buttons) as a full-width block. */
    public DetailPane node(Node node) {
        fields = null;
        content.getChildren().add(node);
        return this;
    }

    /** A bulleted list of plain sentences. */
    public DetailPane bullets(List<String> items) {
        fields = null;
        for (String item : items) {
            Label l = wrapped("•  " + item, "detail-text");
            l.getStyleClass().add("bullet");
            content.getChildren().add(l);
        }
        return this;
    }

    public DetailPane section(String title) {
        fields = null;
        content.getChildren().add(wrapped(I18n.label(title), "detail-section"));
        return this;
    }

    public DetailPane paragraph(String text) {
        if (text != null && !text.isBlank()) {
            fields = null;
            content.getChildren().add(wrapped(text, "detail-text"));
        }
        return this;
    }

    /** A label: value row; skipped when the value is empty. */
    public DetailPane field(String label, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        return field(label, wrapped(value, "detail-value"));
    }

    /** A figure with its year, its source (a link) and the source's caveat, if any. */
    public DetailPane sourcedField(String label, String value, Measure measure) {
        VBox box = new VBox(0, wrapped(value + " (" + measure.year() + ")", "detail-value"));
        Label from = new Label(I18n.label("Source") + ":");
        from.getStyleClass().add("detail-aside");
        from.setMinWidth(Region.USE_PREF_SIZE);
        HBox source = new HBox(4, from, sourceNode(measure.source(), true));
        source.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        box.getChildren().add(source);
        if (measure.note() != null) {
            box.getChildren().add(wrapped(measure.note(), "detail-aside"));
        }
        return field(label, box);
    }

    public DetailPane field(String label, Node value) {
        if (fields == null) {
            fields = new GridPane();
            fields.setHgap(10);
            fields.setVgap(4);
            ColumnConstraints key = new ColumnConstraints();
            key.setMinWidth(120);
            key.setPrefWidth(150);
            ColumnConstraints val = new ColumnConstraints();
            val.setHgrow(Priority.ALWAYS);
            fields.getColumnConstraints().addAll(key, val);
            content.getChildren().add(fields);
        }
        int row = fields.getRowCount();
        Label k = new Label(I18n.label(label));
        k.getStyleClass().add("detail-key");
        fields.addRow(row, k, value);
        return this;
    }

    /** A row of links to records; skipped when there are none. */
    public DetailPane links(String label, List<RecordRef> refs) {
        if (refs.isEmpty()) {
            return this;
        }
        return field(label, linkFlow(refs));
    }

    /** A section listing records, one link per line with a short description after it. */
    public <T> DetailPane list(String title, List<T> items, Function<T, RecordRef> ref, Function<T, String> detail) {
        if (items.isEmpty()) {
            return this;
        }
        section(I18n.label(title) + " (" + items.size() + ")");
        for (T item : items) {
            RecordRef r = ref.apply(item);
            Hyperlink link = link(r);
            String d = detail.apply(item);
            if (d == null || d.isBlank()) {
                content.getChildren().add(link);
            } else {
                Label more = wrapped(d, "detail-aside");
                VBox box = new VBox(0, link, more);
                content.getChildren().add(box);
            }
        }
        return this;
    }

    /** Statements: what was proposed or said, who said it, and the documents and themes it touches. */
    public DetailPane statements(String title, List<Statement> statements) {
        if (statements.isEmpty()) {
            return this;
        }
        section(I18n.label(title) + " (" + statements.size() + ")");
        for (Statement s : statements) {
            VBox box = new VBox(2);
            box.getStyleClass().add("statement");
            String kind = s.kind().code();
            String meeting = s.meeting() == null ? "" : " · " + meetingLabel(s.meeting());
            box.getChildren().add(wrapped(I18n.label(Character.toUpperCase(kind.charAt(0)) + kind.substring(1)) + meeting,
                    "detail-aside"));
            box.getChildren().add(wrapped(s.summary(), "detail-text"));
            List<RecordRef> refs = new java.util.ArrayList<>();
            if (s.person() != null) {
                refs.add(RecordRef.person(s.person()));
            }
            if (s.country() != null) {
                refs.add(RecordRef.country(s.country()));
            }
            if (s.organization() != null) {
                refs.add(RecordRef.organization(s.organization()));
            }
            s.documents().forEach(d -> refs.add(RecordRef.document(d)));
            s.initiatives().forEach(o -> refs.add(RecordRef.organization(o)));
            s.corridors().forEach(c -> refs.add(RecordRef.corridor(c)));
            s.themes().forEach(t -> refs.add(RecordRef.theme(t)));
            if (!refs.isEmpty()) {
                box.getChildren().add(linkFlow(refs));
            }
            box.getChildren().addAll(noteNodes(s.notes()));
            content.getChildren().add(box);
        }
        return this;
    }

    private static String meetingLabel(String meeting) {
        return switch (meeting) {
            case "council" -> I18n.label("Council of Heads of State");
            case "sco_plus" -> I18n.label("SCO Plus meeting");
            case "sidelines" -> I18n.label("on the sidelines");
            case "press" -> I18n.label("to the press");
            case "both" -> I18n.label("Council and SCO Plus");
            default -> meeting;
        };
    }

    public static String meetingName(String meeting) {
        return meeting == null ? null : meetingLabel(meeting);
    }

    public DetailPane notes(List<Note> notes) {
        if (notes.isEmpty()) {
            return this;
        }
        section("Notes");
        content.getChildren().addAll(noteNodes(notes));
        return this;
    }

    private List<Node> noteNodes(List<Note> notes) {
        List<Node> out = new java.util.ArrayList<>();
        for (Note n : notes) {
            VBox box = new VBox(2);
            box.getStyleClass().addAll("note", "note-" + n.kind().code());
            box.getChildren().add(wrapped(I18n.label(n.kind().label()), "note-kind"));
            box.getChildren().add(wrapped(n.text(), "detail-text"));
            if (n.kind() == NoteKind.ARTICLE_ERROR && n.articleSays() != null) {
                box.getChildren().add(wrapped(I18n.label("The article says") + ": " + n.articleSays(), "note-article"));
            } else if (n.articleSays() != null) {
                box.getChildren().add(wrapped(I18n.label("Reported") + ": " + n.articleSays(), "note-article"));
            }
            if (!n.sources().isEmpty()) {
                box.getChildren().add(sourceFlow(n.sources()));
            }
            out.add(box);
        }
        return out;
    }

    public DetailPane sources(List<String> ids) {
        if (ids.isEmpty()) {
            return this;
        }
        section("Sources");
        VBox list = new VBox(2);
        for (String id : ids) {
            list.getChildren().add(sourceNode(id, true));
        }
        content.getChildren().add(list);
        return this;
    }

    private FlowPane sourceFlow(List<String> ids) {
        FlowPane flow = new FlowPane(6, 2);
        Label l = new Label(I18n.label("Sources") + ":");
        l.getStyleClass().add("detail-aside");
        flow.getChildren().add(l);
        for (String id : ids) {
            flow.getChildren().add(sourceNode(id, false));
        }
        return flow;
    }

    /** A source as a browser link when its address is http(s), else as plain text. */
    private Node sourceNode(String id, boolean long_) {
        Source s = index == null ? null : index.source(id).orElse(null);
        String text = s == null ? id : (long_ ? s.name() : id);
        if (s != null && WebLinks.isSafe(s.url())) {
            Hyperlink link = new Hyperlink(text);
            link.setTooltip(new Tooltip(s.name() + "\n" + s.url()));
            link.setOnAction(e -> links.openUrl(s.url()));
            link.getStyleClass().add("source-link");
            link.setWrapText(true);
            return link;
        }
        Label plain = new Label(s == null ? id : text + (s.url() == null ? "" : " — " + s.url()));
        plain.setWrapText(true);
        return plain;
    }

    /**
     * Links side by side when they are short; one per line when any is long, so a long title wraps
     * instead of widening the pane (a flow pane is at least as wide as its widest child).
     */
    private javafx.scene.layout.Pane linkFlow(List<RecordRef> refs) {
        // a record does not link to itself (India's statements name India)
        List<Hyperlink> links = refs.stream().distinct().filter(r -> !r.equals(subject)).map(this::link).toList();
        boolean longText = links.stream().anyMatch(l -> l.getText().length() > 34);
        if (longText) {
            VBox column = new VBox(0);
            column.getChildren().addAll(links);
            return column;
        }
        FlowPane flow = new FlowPane(2, 0);
        flow.getChildren().addAll(links);
        return flow;
    }

    public Hyperlink link(RecordRef ref) {
        Hyperlink link = new Hyperlink(nameOf(ref));
        link.setOnAction(e -> links.open(ref));
        link.setTooltip(new Tooltip(I18n.t("kind." + ref.kind().name().toLowerCase(java.util.Locale.ROOT)) + ": " + nameOf(ref)));
        link.getStyleClass().add("record-link");
        link.setWrapText(true);
        return link;
    }

    /** The display name of any record, or its id when the dataset does not have it. */
    public String nameOf(RecordRef ref) {
        if (index == null) {
            return ref.id();
        }
        String id = ref.id();
        return Objects.requireNonNullElse(switch (ref.kind()) {
            case COUNTRY -> index.country(id).map(I18n::countryName).orElse(null);
            case PERSON -> index.person(id).map(p -> p.name()).orElse(null);
            case DOCUMENT -> index.document(id).map(d -> d.title()).orElse(null);
            case STATEMENT -> index.statement(id).map(s -> s.summary()).orElse(null);
            case PLACE -> index.place(id).map(p -> p.name()).orElse(null);
            case CORRIDOR -> index.corridor(id).map(c -> c.name()).orElse(null);
            case ORGANIZATION -> index.organization(id).map(o -> o.name()).orElse(null);
            case THEME -> index.theme(id).map(t -> t.name()).orElse(null);
        }, id);
    }

    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
