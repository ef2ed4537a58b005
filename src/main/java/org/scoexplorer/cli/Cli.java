package org.scoexplorer.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.scoexplorer.data.AtomicFiles;
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.data.DatasetWriter;
import org.scoexplorer.data.LoadResult;
import org.scoexplorer.data.Problem;
import org.scoexplorer.data.TableFormat;
import org.scoexplorer.model.Dataset;
import org.scoexplorer.model.Mode;
import org.scoexplorer.model.Place;
import org.scoexplorer.service.AppInfo;
import org.scoexplorer.service.DatasetIndex;
import org.scoexplorer.service.DatasetScaler;
import org.scoexplorer.service.ExportKind;
import org.scoexplorer.service.GraphExport;
import org.scoexplorer.service.GraphFormat;
import org.scoexplorer.service.Route;
import org.scoexplorer.service.RouteService;
import org.scoexplorer.service.TableExporter;

/**
 * The headless commands. Exit codes: 0 success, 1 the dataset has problems, 2 usage error,
 * 3 no route exists. Messages, never stack traces, go to stderr.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int INVALID_DATA = 1;
    public static final int USAGE = 2;
    public static final int NO_ROUTE = 3;

    static final String USAGE_TEXT = """
            Usage: sco-explorer [DATASET]                  open the explorer window
                   sco-explorer --version
                   sco-explorer --validate FILE
                   sco-explorer --export KIND [--format csv|json] [--data FILE]
                   sco-explorer --route FROM TO [--modes LIST] [--data FILE]
                   sco-explorer --export-graph FILE [--data DATASET]
                   sco-explorer --scale FACTOR FILE [--data DATASET]
                   sco-explorer --help

              KIND   countries, documents, corridors, legs, places, people, organizations, sources
              FROM, TO  place ids or names (case and accents ignored), e.g. kashgar or "Bandar Abbas"
              LIST   comma-separated subset of rail,road,sea,pipeline (default: rail,road,sea)
              --data FILE  use this dataset instead of the bundled one
              --scale writes a synthetic dataset FACTOR times as large (for benchmarks)
              --export-graph writes the corridor network for Gephi (FILE.gexf) or yEd, Cytoscape,
                     NetworkX (FILE.graphml): places and legs with all their attributes

            Exit codes: 0 success, 1 invalid dataset, 2 usage error, 3 no route exists.
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final DatasetLoader loader;

    public Cli(PrintStream out, PrintStream err, DatasetLoader loader) {
        this.out = out;
        this.err = err;
        this.loader = loader;
    }

    /** True when the arguments ask for a headless command rather than the window. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && args[0].startsWith("-") && !args[0].equals("-");
    }

    public int run(String[] args) {
        if (args.length == 0) {
            return usage("no command given");
        }
        String command = args[0];
        Args rest = new Args(List.of(args).subList(1, args.length));
        try {
            return switch (command) {
                case "--version" -> version(rest);
                case "--help", "-h" -> help();
                case "--validate" -> validate(rest);
                case "--export" -> export(rest);
                case "--route" -> route(rest);
                case "--export-graph" -> exportGraph(rest);
                case "--scale" -> scale(rest);
                default -> usage("unknown option '" + command + "'");
            };
        } catch (UsageException e) {
            return usage(e.getMessage());
        }
    }

    private int version(Args rest) throws UsageException {
        rest.requireEmpty();
        out.println(AppInfo.NAME + " " + AppInfo.version() + " (dataset format " + Dataset.FORMAT_VERSION + ")");
        return OK;
    }

    private int help() {
        out.print(USAGE_TEXT);
        return OK;
    }

    private int validate(Args rest) throws UsageException {
        String file = rest.positional("FILE");
        rest.requireEmpty();
        LoadResult result = loader.load(Path.of(file));
        printProblems(result);
        if (!result.ok()) {
            err.println(file + ": " + count(result.errors().size(), "error") + ", "
                    + count(result.warnings().size(), "warning"));
            return INVALID_DATA;
        }
        Dataset d = result.dataset();
        out.println(file + ": valid, format " + d.formatVersion() + ": " + count(d.countries().size(), "country", "countries")
                + ", " + count(d.documents().size(), "document") + ", " + count(d.people().size(), "person", "people")
                + ", " + count(d.organizations().size(), "organization") + ", " + count(d.statements().size(), "statement")
                + ", " + count(d.places().size(), "place") + ", " + count(d.corridors().size(), "corridor")
                + ", " + count(d.legs().size(), "leg") + ", " + count(d.sources().size(), "source")
                + (result.warnings().isEmpty() ? "" : ", " + count(result.warnings().size(), "warning")));
        return OK;
    }

    private int export(Args rest) throws UsageException {
        String kindText = rest.positional("KIND");
        ExportKind kind = ExportKind.parse(kindText).orElseThrow(() -> new UsageException("unknown KIND '" + kindText
                + "'; one of " + List.of(ExportKind.values()).stream().map(ExportKind::code).collect(Collectors.joining(", "))));
        String formatText = rest.option("--format").orElse("csv");
        TableFormat format = TableFormat.parse(formatText)
                .orElseThrow(() -> new UsageException("unknown format '" + formatText + "'; csv or json"));
        Optional<String> data = rest.option("--data");
        rest.requireEmpty();
        Optional<Dataset> dataset = load(data);
        if (dataset.isEmpty()) {
            return INVALID_DATA;
        }
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            format.write(new TableExporter(new DatasetIndex(dataset.get())).table(kind), w);
            w.flush();
        } catch (IOException e) {
            err.println("sco-explorer: could not write the export: " + e.getMessage());
            return INVALID_DATA;
        }
        return OK;
    }

    private int route(Args rest) throws UsageException {
        String fromText = rest.positional("FROM");
        String toText = rest.positional("TO");
        Set<Mode> modes = parseModes(rest.option("--modes"));
        Optional<String> data = rest.option("--data");
        rest.requireEmpty();
        Optional<Dataset> dataset = load(data);
        if (dataset.isEmpty()) {
            return INVALID_DATA;
        }
        RouteService routes = new RouteService(new DatasetIndex(dataset.get()));
        Place from = routes.findPlace(fromText).orElseThrow(() -> new UsageException("unknown place '" + fromText + "'"));
        Place to = routes.findPlace(toText).orElseThrow(() -> new UsageException("unknown place '" + toText + "'"));
        if (from.id().equals(to.id())) {
            throw new UsageException("FROM and TO are the same place ('" + from.id() + "')");
        }
        Optional<Route> route = routes.shortest(from.id(), to.id(), modes);
        if (route.isEmpty()) {
            err.println("sco-explorer: no route from " + from.name() + " to " + to.name() + " by "
                    + modes.stream().map(Mode::code).collect(Collectors.joining(", ")));
            return NO_ROUTE;
        }
        for (Route.Step s : route.get().steps()) {
            out.println(s.from().id() + "," + s.to().id() + "," + s.leg().mode().code() + ","
                    + TableFormat.plain(s.leg().lengthKm()));
        }
        out.println("total_km=" + TableFormat.plain((double) Math.round(route.get().totalKm())));
        return OK;
    }

    private int exportGraph(Args rest) throws UsageException {
        String file = rest.positional("FILE");
        GraphFormat format = GraphFormat.forFileName(file).orElseThrow(() -> new UsageException(
                "the graph file must end in .gexf or .graphml: '" + file + "'"));
        Optional<String> data = rest.option("--data");
        rest.requireEmpty();
        Optional<Dataset> dataset = load(data);
        if (dataset.isEmpty()) {
            return INVALID_DATA;
        }
        DatasetIndex index = new DatasetIndex(dataset.get());
        Path target = Path.of(file);
        try {
            AtomicFiles.write(target, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                new GraphExport(index).write(format, w);
                w.flush();
            });
        } catch (IOException | RuntimeException e) {
            err.println("sco-explorer: could not write " + file + ": " + e.getMessage());
            return INVALID_DATA;
        }
        out.println(file + ": " + index.placesOnLegs().size() + " places, " + index.dataset().legs().size()
                + " legs (" + format.name() + ")");
        return OK;
    }

    private int scale(Args rest) throws UsageException {
        String factorText = rest.positional("FACTOR");
        String file = rest.positional("FILE");
        Optional<String> data = rest.option("--data");
        rest.requireEmpty();
        int factor;
        try {
            factor = Integer.parseInt(factorText);
        } catch (NumberFormatException e) {
            throw new UsageException("FACTOR must be a whole number, not '" + factorText + "'");
        }
        if (factor < 1 || factor > 10_000) {
            throw new UsageException("FACTOR must be between 1 and 10000");
        }
        Optional<Dataset> dataset = load(data);
        if (dataset.isEmpty()) {
            return INVALID_DATA;
        }
        Dataset scaled = DatasetScaler.scale(dataset.get(), factor);
        try {
            DatasetWriter.write(scaled, Path.of(file));
        } catch (IOException | RuntimeException e) {
            err.println("sco-explorer: could not write " + file + ": " + e.getMessage());
            return INVALID_DATA;
        }
        out.println(file + ": x" + factor + ", " + scaled.places().size() + " places, " + scaled.legs().size() + " legs, "
                + scaled.documents().size() + " documents, " + scaled.statements().size() + " statements");
        return OK;
    }

    private static Set<Mode> parseModes(Optional<String> list) throws UsageException {
        if (list.isEmpty()) {
            return RouteService.DEFAULT_MODES;
        }
        EnumSet<Mode> modes = EnumSet.noneOf(Mode.class);
        for (String part : list.get().split(",")) {
            if (part.isBlank()) {
                continue;
            }
            modes.add(Mode.parse(part).orElseThrow(() -> new UsageException("unknown mode '" + part.strip()
                    + "'; use rail, road, sea or pipeline")));
        }
        if (modes.isEmpty()) {
            throw new UsageException("--modes needs at least one of rail, road, sea, pipeline");
        }
        return modes;
    }

    private Optional<Dataset> load(Optional<String> file) {
        LoadResult result = file.map(f -> loader.load(Path.of(f))).orElseGet(loader::loadBundled);
        printProblems(result);
        return result.datasetIfOk();
    }

    private void printProblems(LoadResult result) {
        for (Problem p : result.problems()) {
            err.println(p.format());
        }
    }

    private int usage(String message) {
        err.println("sco-explorer: " + message);
        err.print(USAGE_TEXT);
        return USAGE;
    }

    private static String count(int n, String singular) {
        return count(n, singular, singular + "s");
    }

    private static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** A usage mistake; its message is shown above the usage text. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    /** The arguments after the command: positionals in order, options anywhere. */
    private static final class Args {
        private final List<String> items;

        Args(List<String> items) {
            this.items = new ArrayList<>(items);
        }

        String positional(String name) throws UsageException {
            for (int i = 0; i < items.size(); i++) {
                String s = items.get(i);
                if (s.startsWith("--")) {
                    i++; // skip the option's value
                    continue;
                }
                items.remove(i);
                return s;
            }
            throw new UsageException("missing " + name);
        }

        Optional<String> option(String name) throws UsageException {
            int i = items.indexOf(name);
            if (i < 0) {
                return Optional.empty();
            }
            if (i + 1 >= items.size()) {
                throw new UsageException(name + " needs a value");
            }
            String value = items.get(i + 1);
            items.subList(i, i + 2).clear();
            if (items.contains(name)) {
                throw new UsageException(name + " is given twice");
            }
            return Optional.of(value);
        }

        void requireEmpty() throws UsageException {
            if (!items.isEmpty()) {
                throw new UsageException("unexpected argument '" + items.get(0) + "'");
            }
        }
    }
}
