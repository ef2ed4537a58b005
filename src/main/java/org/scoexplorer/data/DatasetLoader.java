package org.scoexplorer.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.scoexplorer.model.Dataset;

/**
 * Reads a dataset file into model records and reports every problem with file, line, column and JSON
 * pointer. Order of checks: size and encoding, JSON syntax, format version, the JSON Schema, then the
 * cross-record checks. A file that fails never yields a partial dataset.
 */
public final class DatasetLoader {
    /** Where the bundled dataset lives on the classpath. */
    public static final String BUNDLED_RESOURCE = "/dataset/sco-astana-2024.json";
    public static final String BUNDLED_NAME = "sco-astana-2024.json";

    private final DatasetLimits limits;
    private final JsonFactory factory;
    private final ObjectMapper mapper;
    private volatile DatasetSchema schema;

    public DatasetLoader() {
        this(DatasetLimits.DEFAULT);
    }

    public DatasetLoader(DatasetLimits limits) {
        this.limits = limits;
        this.factory = Json.factory(limits);
        this.mapper = Json.mapper(limits);
    }

    public LoadResult loadBundled() {
        long start = System.nanoTime();
        try (InputStream in = DatasetLoader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                return failure(BUNDLED_NAME, start, Problem.Kind.UNREADABLE, "the bundled dataset is missing from the application");
            }
            return load(in.readAllBytes(), BUNDLED_NAME, start);
        } catch (IOException e) {
            return failure(BUNDLED_NAME, start, Problem.Kind.UNREADABLE, "the bundled dataset could not be read: " + e.getMessage());
        }
    }

    public LoadResult load(Path file) {
        long start = System.nanoTime();
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                return failure(name, start, Problem.Kind.UNREADABLE, "this is a folder, not a dataset file");
            }
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                return failure(name, start, Problem.Kind.TOO_LARGE, "the file is " + megabytes(size) + " MB; datasets may be at most "
                        + megabytes(limits.maxFileBytes()) + " MB");
            }
            return load(Files.readAllBytes(file), name, start);
        } catch (NoSuchFileException e) {
            return failure(name, start, Problem.Kind.UNREADABLE, "no such file");
        } catch (AccessDeniedException e) {
            return failure(name, start, Problem.Kind.UNREADABLE, "permission denied: the file cannot be read");
        } catch (IOException e) {
            return failure(name, start, Problem.Kind.UNREADABLE, "the file cannot be read: " + e.getMessage());
        }
    }

    /** Loads from bytes already in memory; {@code name} is what problems call the file. */
    public LoadResult load(byte[] bytes, String name) {
        return load(bytes, name, System.nanoTime());
    }

    private LoadResult load(byte[] bytes, String name, long start) {
        if (bytes.length > limits.maxFileBytes()) {
            return failure(name, start, Problem.Kind.TOO_LARGE, "the file is " + megabytes(bytes.length) + " MB; datasets may be at most "
                    + megabytes(limits.maxFileBytes()) + " MB");
        }
        TextEncoding.Issue encodingProblem = TextEncoding.problem(bytes);
        if (encodingProblem != null) {
            return failure(name, start, encodingProblem.kind(), encodingProblem.message());
        }
        int offset = TextEncoding.hasUtf8Bom(bytes) ? 3 : 0;
        String text;
        try {
            checkUtf8(bytes, offset);
            JsonNode fast = wellFormedTree(bytes, offset);
            if (fast != null) {
                // the text is only made when a problem has to be located
                return check(fast, name, start, () -> new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8));
            }
            text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        } catch (InvalidUtf8 e) {
            JsonLocator.Position at = TextEncoding.positionOfByte(bytes, offset, e.byteOffset);
            return failure(name, start, Problem.Kind.ENCODING, at, "", "invalid UTF-8 byte sequence; save the file as UTF-8");
        }
        if (text.isBlank()) {
            return failure(name, start, Problem.Kind.EMPTY, "the file is empty; a dataset is a JSON object");
        }

        JsonNode root;
        try (JsonParser raw = factory.createParser(text)) {
            try {
                root = mapper.readTree(new ArrayItemLimit(raw, limits.maxArrayItems()));
            } catch (StreamConstraintsException e) {
                return limitFailure(name, start, text, raw, e);
            }
            JsonLocator.Position trailing = JsonLocator.nextContent(text, raw.currentLocation());
            if (trailing != null) {
                return failure(name, start, Problem.Kind.TRAILING_CONTENT, trailing, "",
                        "unexpected content after the end of the dataset");
            }
        } catch (JsonProcessingException e) {
            return syntaxFailure(name, start, text, e, Problem.Kind.SYNTAX,
                    "invalid JSON: " + Messages.jackson(e.getOriginalMessage()));
        } catch (IOException e) {
            return failure(name, start, Problem.Kind.UNREADABLE, "the file cannot be read: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            return failure(name, start, Problem.Kind.EMPTY, "the file is empty; a dataset is a JSON object");
        }
        if (!root.isObject()) {
            // located at the value, after any leading blank lines
            return locatedFailure(name, start, text, Problem.Kind.NOT_AN_OBJECT, "",
                    "the top level must be a JSON object, not " + Messages.kindOf(root));
        }
        if (newerFormat(root)) {
            JsonNode version = root.get("formatVersion");
            return locatedFailure(name, start, text, Problem.Kind.NEWER_FORMAT, "/formatVersion", "the file was made by a newer version of "
                    + "SCO Explorer (format " + version.asText() + "; this version reads format "
                    + Dataset.FORMAT_VERSION + "): update SCO Explorer to open it");
        }

        String located = text;
        return check(root, name, start, () -> located);
    }

    /**
     * The tree of a file that parses as one JSON object of a format this version reads, straight from
     * the bytes (Jackson checks the UTF-8 itself); null when anything is off, and the careful path
     * (decoded text, exact positions and messages for every kind of breakage) takes over. Saves
     * decoding a large file twice and holding it as a string.
     */
    private JsonNode wellFormedTree(byte[] bytes, int offset) {
        if (TextEncoding.hasUtf8Bom(Arrays.copyOfRange(bytes, offset, Math.min(bytes.length, offset + 3)))) {
            return null; // a second mark: the byte parser would skip it, the text parser rightly does not
        }
        try (JsonParser raw = factory.createParser(bytes, offset, bytes.length - offset)) {
            JsonNode root = mapper.readTree(new ArrayItemLimit(raw, limits.maxArrayItems()));
            if (root == null || !root.isObject()) {
                return null;
            }
            for (long i = raw.currentLocation().getByteOffset() + offset; i < bytes.length; i++) {
                byte b = bytes[(int) i];
                if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                    return null;
                }
            }
            return newerFormat(root) ? null : root;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean newerFormat(JsonNode root) {
        JsonNode version = root.get("formatVersion");
        return version != null && version.isIntegralNumber() && version.asLong() > Dataset.FORMAT_VERSION;
    }

    /** The schema pass, the mapping into records and the cross-record checks of a parsed file. */
    private LoadResult check(JsonNode root, String name, long start, Supplier<String> text) {
        // the schema pass and the mapping into records run side by side (about a third less time on
        // large files); the mapping's own findings only count when the schema found no error
        JsonNode tree = root;
        DatasetSchema checker = schema();
        CompletableFuture<List<DatasetSchema.Violation>> schemaPass = CompletableFuture.supplyAsync(() -> checker.validate(tree));
        Dataset dataset = null;
        Pending mappingError = null;
        List<DatasetChecker.Finding> findings = List.of();
        try {
            dataset = mapper.treeToValue(root, Dataset.class);
            findings = DatasetChecker.check(dataset);
        } catch (JsonMappingException e) {
            mappingError = new Pending(Problem.Kind.MAPPING, Messages.pointer(e), Messages.jackson(e.getOriginalMessage()), false);
        } catch (JsonProcessingException e) {
            mappingError = new Pending(Problem.Kind.MAPPING, "", Messages.jackson(e.getOriginalMessage()), false);
        } catch (RuntimeException e) {
            // a file the schema rejects may break the cross-checks; the schema's findings say why
            dataset = null;
        }
        List<Pending> pending = new ArrayList<>();
        try {
            for (DatasetSchema.Violation v : schemaPass.join()) {
                pending.add(new Pending(v.kind(), v.pointer(), v.message(), v.warning()));
            }
        } catch (CompletionException e) {
            // a value the validator cannot handle must not end the load with a stack trace
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            pending.add(new Pending(Problem.Kind.INTERNAL, "", "the file could not be checked against the format: "
                    + cause, false));
        }
        boolean schemaOk = pending.stream().allMatch(Pending::warning);
        if (!schemaOk) {
            dataset = null;
        } else if (mappingError != null) {
            pending.add(mappingError);
            dataset = null;
        } else if (dataset == null) {
            pending.add(new Pending(Problem.Kind.MAPPING, "", "the dataset could not be read", false));
        } else {
            for (DatasetChecker.Finding f : findings) {
                pending.add(new Pending(f.kind(), f.pointer(), f.message(), f.warning()));
            }
        }
        List<Problem> problems = pending.isEmpty() ? List.of() : locate(name, text.get(), pending);
        boolean failed = problems.stream().anyMatch(Problem::isError);
        return new LoadResult(name, failed ? null : dataset, problems, millisSince(start));
    }

    private record Pending(Problem.Kind kind, String pointer, String message, boolean warning) {}

    private List<Problem> locate(String name, String text, List<Pending> pending) {
        Set<String> pointers = new HashSet<>();
        for (Pending p : pending) {
            for (String candidate = p.pointer(); candidate != null; candidate = parentOf(candidate)) {
                pointers.add(candidate);
            }
        }
        Map<String, JsonLocator.Position> positions = JsonLocator.locate(factory, text, pointers);
        List<Problem> out = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            JsonLocator.Position at = null;
            // a pointer to a missing value is located at the nearest enclosing value that exists
            for (String candidate = p.pointer(); at == null && candidate != null; candidate = parentOf(candidate)) {
                at = positions.get(candidate);
            }
            if (at == null) {
                at = JsonLocator.START;
            }
            out.add(new Problem(p.warning() ? Problem.Severity.WARNING : Problem.Severity.ERROR, p.kind(), name,
                    at.line(), at.column(), p.pointer(), p.message()));
        }
        out.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
        return out;
    }

    private static String parentOf(String pointer) {
        if (pointer.isEmpty()) {
            return null;
        }
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    private DatasetSchema schema() {
        DatasetSchema s = schema;
        if (s == null) {
            synchronized (this) {
                if (schema == null) {
                    schema = new DatasetSchema(mapper);
                }
                s = schema;
            }
        }
        return s;
    }

    private LoadResult locatedFailure(String name, long start, String text, Problem.Kind kind, String pointer,
                                      String message) {
        return new LoadResult(name, null, locate(name, text, List.of(new Pending(kind, pointer, message, false))),
                millisSince(start));
    }

    /**
     * A safety limit stopped the parser. Jackson's exception has no location and names its own setting,
     * so the message is ours and the position is that of the offending value (or bracket).
     */
    private LoadResult limitFailure(String name, long start, String text, JsonParser p, StreamConstraintsException e) {
        String original = String.valueOf(e.getOriginalMessage());
        JsonLocator.Position at = position(p.currentTokenLocation());
        String pointer = "";
        String what;
        if (e instanceof ArrayItemLimit.Exceeded x) {
            pointer = p.getParsingContext().getParent() != null && p.currentToken().isStructStart()
                    ? p.getParsingContext().getParent().pathAsPointer().toString()
                    : p.getParsingContext().pathAsPointer().toString();
            what = "an array has more than " + thousands(x.limit) + " items";
        } else if (original.contains("getMaxNestingDepth")) {
            // the token is the bracket one level too deep; its pointer would be as long as the nesting
            what = "the data is nested more than " + thousands(limits.maxNestingDepth()) + " levels deep";
        } else if (original.contains("getMaxStringLength")) {
            pointer = p.getParsingContext().pathAsPointer().toString();
            what = "a string is longer than " + thousands(limits.maxStringLength()) + " characters";
        } else if (original.contains("getMaxNumberLength")) {
            // the parser is past the number but its token is still the one before it
            at = JsonLocator.backOver(text, p.currentLocation(), JsonLocator::isNumberChar);
            what = "a number is longer than " + thousands(limits.maxNumberLength()) + " characters";
        } else if (original.contains("getMaxNameLength")) {
            at = JsonLocator.openingQuote(text, p.currentLocation());
            what = "a key is longer than " + thousands(factory.streamReadConstraints().getMaxNameLength())
                    + " characters";
        } else if (original.contains("getMaxDocumentLength")) {
            return failure(name, start, Problem.Kind.TOO_LARGE, "the file is larger than "
                    + megabytes(limits.maxFileBytes()) + " MB, the most a dataset may be");
        } else {
            at = position(p.currentLocation());
            what = original;
        }
        return failure(name, start, Problem.Kind.LIMIT, at, pointer, "the file exceeds a safety limit: " + what);
    }

    private static JsonLocator.Position position(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 1 ? JsonLocator.START
                : new JsonLocator.Position(loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    private static String thousands(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private LoadResult syntaxFailure(String name, long start, String text, JsonProcessingException e,
                                     Problem.Kind kind, String message) {
        JsonLocation loc = e.getLocation();
        JsonLocator.Position at = position(loc);
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Unexpected end-of-input")) {
            kind = Problem.Kind.TRUNCATED;
        } else if (original.startsWith("Duplicate field '")) {
            kind = Problem.Kind.DUPLICATE_KEY;
            at = atDuplicateKey(text, at, original.substring("Duplicate field '".length(), original.lastIndexOf('\'')));
        } else if (loc != null && original.startsWith("Non-standard token '")) {
            // reported after the word; point at NaN or Infinity itself
            at = JsonLocator.backOver(text, loc, c -> Character.isLetter(c) || c == '-' || c == '+');
        } else if (loc != null && original.startsWith("Invalid numeric value")) {
            // reported at the digit after a leading zero; point at the number
            at = JsonLocator.backOver(text, loc, JsonLocator::isNumberChar);
        } else if (loc != null && (original.startsWith("Unexpected character (']'")
                || original.startsWith("Unexpected character ('}'"))) {
            JsonLocator.Position comma = JsonLocator.trailingComma(text, loc);
            if (comma != null) {
                at = comma;
                message = "invalid JSON: a comma before '" + original.charAt("Unexpected character ('".length())
                        + "': JSON allows no comma after the last item";
            }
        }
        return failure(name, start, kind, at, "", message);
    }

    /** Jackson reports a duplicate key after reading it; point at the key itself. */
    private static JsonLocator.Position atDuplicateKey(String text, JsonLocator.Position at, String key) {
        String[] lines = text.split("\n", -1);
        if (at.line() > lines.length) {
            return at;
        }
        String line = lines[at.line() - 1];
        int found = line.lastIndexOf('"' + key + '"', Math.min(line.length(), at.column()));
        return found < 0 ? at : new JsonLocator.Position(at.line(), found + 1);
    }

    private LoadResult failure(String name, long start, Problem.Kind kind, String message) {
        return failure(name, start, kind, JsonLocator.START, "", message);
    }

    private LoadResult failure(String name, long start, Problem.Kind kind, JsonLocator.Position at, String pointer,
                               String message) {
        Problem p = new Problem(Problem.Severity.ERROR, kind, name, at.line(), at.column(), pointer, message);
        return new LoadResult(name, null, List.of(p), millisSince(start));
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static String megabytes(long bytes) {
        return String.valueOf(Math.round(bytes / (1024.0 * 1024.0)));
    }

    private static final class InvalidUtf8 extends Exception {
        private static final long serialVersionUID = 1L;
        final int byteOffset;

        InvalidUtf8(int byteOffset) {
            super(null, null, false, false);
            this.byteOffset = byteOffset;
        }
    }

    /**
     * The text of UTF-8 bytes, refusing malformed input. The check decodes through a small buffer and
     * the text is then made in one step, so a large file costs its bytes and its text, not a char copy too.
     */
    private static void checkUtf8(byte[] bytes, int offset) throws InvalidUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                throw new InvalidUtf8(in.position());
            }
            out.clear();
            if (r.isUnderflow()) {
                break;
            }
        }
        if (decoder.flush(out).isError()) {
            throw new InvalidUtf8(in.position());
        }
    }
}
