package org.scoexplorer.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.scoexplorer.model.Corridor;
import org.scoexplorer.model.Country;
import org.scoexplorer.model.Dataset;
import org.scoexplorer.model.Document;
import org.scoexplorer.model.Mode;
import org.scoexplorer.model.Organization;
import org.scoexplorer.model.OrganizationKind;
import org.scoexplorer.model.Person;
import org.scoexplorer.model.Place;
import org.scoexplorer.model.PlaceKind;
import org.scoexplorer.model.Statement;
import org.scoexplorer.model.Theme;

/**
 * The app's one search: countries, people, documents, places, corridors, organisations and themes by name,
 * alias, ISO code or the words of their summaries, ignoring case and diacritics.
 *
 * <p>Everything a query is compared with is folded ({@link Text#fold}), stripped of punctuation and split
 * into words once, in the constructor, which also builds a sorted word index (word to records), a list of the
 * words of names and aliases (for matches inside a word) and a map of ISO codes. A query folds itself once, picks
 * its candidate records from those by binary search and bit sets, and scores only the candidates, so its cost
 * follows the number of matches rather than the size of the dataset (well under a millisecond on a hundred
 * copies of the bundled dataset). Hits are grouped by score over records kept in tie order, so nothing is sorted
 * per query.
 *
 * <p>Scores, for the whole (folded, punctuation-free) query {@code q}; the first that applies counts:
 * <pre>
 *   1000  the name or an alias equals q
 *    950  q equals the country's ISO 3166 alpha-2 or alpha-3 code (codes match only exactly)
 *    900  the name starts with q
 *    800  a word of the name starts with q
 *    700  every query word starts a word of the name (multi-word queries, any order)
 *    600  the name contains q (inside a word)
 *    500  an alias starts with q
 *    400  a word of an alias starts with q, or every query word starts a word of the aliases
 *    300  an alias contains q
 *    100..190  every query word starts a word somewhere in the record's text (name, aliases, summary,
 *          role, capital ...); plus up to 60 for words found in the name and 30 for words found in aliases
 * </pre>
 * Ties go to the shorter title, then by kind (country, person, document, place, corridor, organisation,
 * theme), then by title.
 */
public final class SearchService {
    public static final int EXACT = 1000;
    public static final int CODE = 950;
    public static final int NAME_PREFIX = 900;
    public static final int NAME_WORD_PREFIX = 800;
    public static final int NAME_ALL_WORDS = 700;
    public static final int NAME_CONTAINS = 600;
    public static final int ALIAS_PREFIX = 500;
    public static final int ALIAS_WORD_PREFIX = 400;
    public static final int ALIAS_CONTAINS = 300;
    public static final int TEXT = 100;
    private static final int TEXT_NAME_BONUS = 60;
    private static final int TEXT_ALIAS_BONUS = 30;

    private static final String[] NONE = new String[0];

    /** Among equal scores: shorter title, kind order, title, id. */
    private static final Comparator<Entry> TIE_ORDER = Comparator.comparingInt((Entry e) -> e.title.length())
            .thenComparing(e -> e.ref.kind())
            .thenComparing(e -> e.name)
            .thenComparing(e -> e.title)
            .thenComparing(e -> e.ref.id());

    /** The searchable records, in tie order. */
    private final Entry[] entries;
    /** Every distinct word of the records' searchable text, sorted, with the entries (ascending) having it. */
    private final String[] words;
    private final int[][] wordEntries;
    /** Every distinct word of names and aliases, with a mask of its characters, for "contains" matches. */
    private final String[] nameWords;
    private final long[] nameWordMasks;
    private final int[][] nameWordEntries;
    /** ISO codes (lower case) to the entries of their countries. */
    private final Map<String, int[]> codes;

    public SearchService(DatasetIndex index) {
        Dataset d = index.dataset();
        List<Entry> list = new ArrayList<>();
        Set<RecordRef> seen = new HashSet<>();
        for (Country c : d.countries()) {
            List<String> aliases = new ArrayList<>(c.aliases());
            aliases.add(c.officialName());
            aliases.addAll(c.names().values());
            String capital = c.capital() == null ? null : c.capital().name();
            String detail = join(c.status() == null ? null : c.status().label(), capital);
            add(list, seen, RecordRef.country(c.id()), c.name(), detail, aliases, Arrays.asList(c.id(), c.iso3()),
                    Arrays.asList(capital, c.status() == null ? null : c.status().label()));
        }
        for (Person p : d.people()) {
            String detail = p.role() != null && !p.role().isBlank() ? p.role()
                    : p.country() == null ? "" : index.countryName(p.country());
            add(list, seen, RecordRef.person(p.id()), p.name(), detail, p.aliases(), List.of(),
                    Arrays.asList(p.role(), p.summary()));
        }
        for (Document doc : d.documents()) {
            String type = doc.type() == null ? null : doc.type().label();
            add(list, seen, RecordRef.document(doc.id()), doc.title(), join(type, doc.area()),
                    nonNull(doc.reportedTitle()), List.of(), Arrays.asList(type, doc.area(), doc.summary()));
        }
        for (Place p : d.places()) {
            String countries = p.country() == null ? null : index.countryName(p.country());
            if (p.otherCountry() != null && !p.otherCountry().isBlank()) {
                countries = join(countries, index.countryName(p.otherCountry()), " – ");
            }
            add(list, seen, RecordRef.place(p.id()), p.name(), join(countries, label(p.kind())), p.aliases(),
                    List.of(), Arrays.asList(p.summary()));
        }
        for (Corridor c : d.corridors()) {
            String modes = index.modesOf(c.id()).stream().map(Mode::code).collect(Collectors.joining(", "));
            add(list, seen, RecordRef.corridor(c.id()), c.name(),
                    join(c.status() == null ? null : c.status().label(), modes), c.aliases(), List.of(),
                    Arrays.asList(c.summary()));
        }
        for (Organization o : d.organizations()) {
            List<String> aliases = new ArrayList<>(o.aliases());
            aliases.add(o.acronym());
            String location = o.location() == null ? null : index.placeName(o.location());
            String first = o.acronym() != null && !o.acronym().isBlank() ? o.acronym() : label(o.kind());
            add(list, seen, RecordRef.organization(o.id()), o.name(), join(first, location), aliases, List.of(),
                    Arrays.asList(o.summary(), location));
        }
        Map<String, Integer> documentsByTheme = new HashMap<>();
        for (Document doc : d.documents()) {
            for (String t : new HashSet<>(doc.themes())) {
                documentsByTheme.merge(t, 1, Integer::sum);
            }
        }
        Map<String, Integer> statementsByTheme = new HashMap<>();
        for (Statement s : d.statements()) {
            for (String t : new HashSet<>(s.themes())) {
                statementsByTheme.merge(t, 1, Integer::sum);
            }
        }
        for (Theme t : d.themes()) {
            String detail = plural(documentsByTheme.getOrDefault(t.id(), 0), "document") + " · "
                    + plural(statementsByTheme.getOrDefault(t.id(), 0), "statement");
            add(list, seen, RecordRef.theme(t.id()), t.name(), detail, List.of(), List.of(),
                    Arrays.asList(t.description()));
        }
        // in tie order once, so that a query only has to group its hits by score
        list.sort(TIE_ORDER);
        entries = list.toArray(new Entry[0]);

        TreeMap<String, IntList> byWord = new TreeMap<>();
        TreeMap<String, IntList> byNameWord = new TreeMap<>();
        Map<String, IntList> byCode = new HashMap<>();
        for (int i = 0; i < entries.length; i++) {
            Entry e = entries[i];
            for (String w : e.textWords) {
                byWord.computeIfAbsent(w, k -> new IntList()).add(i);
            }
            TreeSet<String> own = new TreeSet<>(Arrays.asList(e.nameWords));
            own.addAll(Arrays.asList(e.aliasWords));
            for (String w : own) {
                byNameWord.computeIfAbsent(w, k -> new IntList()).add(i);
            }
            for (String c : e.codes) {
                byCode.computeIfAbsent(c, k -> new IntList()).add(i);
            }
        }
        words = byWord.keySet().toArray(NONE);
        wordEntries = byWord.values().stream().map(IntList::toArray).toArray(int[][]::new);
        nameWords = byNameWord.keySet().toArray(NONE);
        nameWordMasks = Arrays.stream(nameWords).mapToLong(SearchService::mask).toArray();
        nameWordEntries = byNameWord.values().stream().map(IntList::toArray).toArray(int[][]::new);
        Map<String, int[]> codeMap = new HashMap<>();
        byCode.forEach((c, l) -> codeMap.put(c, l.toArray()));
        codes = Map.copyOf(codeMap);
    }

    /** At most {@code limit} records matching every word of {@code query}, best first; none for a blank query. */
    public List<SearchHit> search(String query, int limit) {
        if (query == null || query.isBlank() || limit <= 0) {
            return List.of();
        }
        String q = normalize(Text.fold(query));
        if (q.isEmpty()) {
            return List.of();
        }
        String[] queryWords = distinctWords(q);
        String spaced = " " + q;
        long[] candidates = candidates(q, queryWords);
        // hits grouped by score; entries come in tie order, so each group is already sorted and never needs more
        // than `limit` members
        int[][] groups = new int[EXACT + 1][];
        int[] sizes = new int[EXACT + 1];
        for (int i = nextBit(candidates, 0); i >= 0; i = nextBit(candidates, i + 1)) {
            int score = score(entries[i], q, spaced, queryWords);
            if (score <= 0 || sizes[score] >= limit) {
                continue;
            }
            int[] group = groups[score];
            if (group == null) {
                group = groups[score] = new int[Math.min(limit, 16)];
            } else if (sizes[score] == group.length) {
                group = groups[score] = Arrays.copyOf(group, (int) Math.min(limit, 2L * group.length));
            }
            group[sizes[score]++] = i;
        }
        List<SearchHit> hits = new ArrayList<>(Math.min(limit, 64));
        for (int score = EXACT; score > 0 && hits.size() < limit; score--) {
            for (int j = 0; j < sizes[score] && hits.size() < limit; j++) {
                Entry e = entries[groups[score][j]];
                hits.add(new SearchHit(e.ref, e.title, e.detail, score));
            }
        }
        return List.copyOf(hits);
    }

    /**
     * The entries that can score at all, as a bit set: those where every query word starts a word of the text
     * (this covers every tier but the "contains" ones and codes), those with a name or alias word containing the
     * first query word, and the countries with the query as their code. {@link #score} decides on each.
     */
    private long[] candidates(String q, String[] queryWords) {
        long[] all = null;
        for (String w : queryWords) {
            long[] bits = new long[(entries.length + 63) / 64];
            for (int i = lowerBound(words, w); i < words.length && words[i].startsWith(w); i++) {
                set(bits, wordEntries[i]);
            }
            if (all == null) {
                all = bits;
            } else {
                for (int j = 0; j < all.length; j++) {
                    all[j] &= bits[j];
                }
            }
        }
        String first = queryWords[0];
        long firstMask = mask(first);
        for (int i = 0; i < nameWords.length; i++) {
            if ((nameWordMasks[i] & firstMask) == firstMask && nameWords[i].contains(first)) {
                set(all, nameWordEntries[i]);
            }
        }
        int[] countries = codes.get(q);
        if (countries != null) {
            set(all, countries);
        }
        return all;
    }

    private static void set(long[] bits, int[] indexes) {
        for (int i : indexes) {
            bits[i >>> 6] |= 1L << i;
        }
    }

    private static int nextBit(long[] bits, int from) {
        int j = from >>> 6;
        if (j >= bits.length) {
            return -1;
        }
        long word = bits[j] & (-1L << from);
        while (true) {
            if (word != 0) {
                return j * 64 + Long.numberOfTrailingZeros(word);
            }
            if (++j == bits.length) {
                return -1;
            }
            word = bits[j];
        }
    }

    /** Index of the first element of the sorted array not below {@code key}. */
    private static int lowerBound(String[] sorted, String key) {
        int at = Arrays.binarySearch(sorted, key);
        return at >= 0 ? at : -at - 1;
    }

    /** Which characters a word has, roughly: a filter before {@link String#contains}. */
    private static long mask(String word) {
        long m = 0;
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            int bit = ch >= 'a' && ch <= 'z' ? ch - 'a' : ch >= '0' && ch <= '9' ? 26 + ch - '0' : 36 + ch % 28;
            m |= 1L << bit;
        }
        return m;
    }

    private static int score(Entry e, String q, String spaced, String[] words) {
        String name = e.name;
        if (name.equals(q)) {
            return EXACT;
        }
        for (String a : e.aliases) {
            if (a.equals(q)) {
                return EXACT;
            }
        }
        for (String code : e.codes) {
            if (code.equals(q)) {
                return CODE;
            }
        }
        boolean multi = words.length > 1;
        if (name.startsWith(q)) {
            return NAME_PREFIX;
        }
        if (name.contains(spaced)) {
            return NAME_WORD_PREFIX;
        }
        if (multi && allPrefix(words, e.nameWords)) {
            return NAME_ALL_WORDS;
        }
        if (name.contains(q)) {
            return NAME_CONTAINS;
        }
        int aliasScore = 0;
        for (String a : e.aliases) {
            if (a.startsWith(q)) {
                return ALIAS_PREFIX;
            }
            if (a.contains(spaced)) {
                aliasScore = ALIAS_WORD_PREFIX;
            } else if (aliasScore == 0 && a.contains(q)) {
                aliasScore = ALIAS_CONTAINS;
            }
        }
        if (aliasScore < ALIAS_WORD_PREFIX && multi && allPrefix(words, e.aliasWords)) {
            aliasScore = ALIAS_WORD_PREFIX;
        }
        if (aliasScore > 0) {
            return aliasScore;
        }
        int inName = 0;
        int inAlias = 0;
        for (String w : words) {
            if (hasPrefix(e.nameWords, w)) {
                inName++;
            } else if (hasPrefix(e.aliasWords, w)) {
                inAlias++;
            } else if (!hasPrefix(e.textWords, w)) {
                return 0;
            }
        }
        return TEXT + (TEXT_NAME_BONUS * inName + TEXT_ALIAS_BONUS * inAlias) / words.length;
    }

    private static boolean allPrefix(String[] words, String[] sortedWords) {
        for (String w : words) {
            if (!hasPrefix(sortedWords, w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word of the sorted array starts with {@code prefix}: the first word not below it must. */
    private static boolean hasPrefix(String[] sortedWords, String prefix) {
        int at = lowerBound(sortedWords, prefix);
        return at < sortedWords.length && sortedWords[at].startsWith(prefix);
    }

    private static void add(List<Entry> list, Set<RecordRef> seen, RecordRef ref, String title, String detail,
                            List<String> aliases, List<String> codes, List<String> texts) {
        if (!seen.add(ref)) {
            return;
        }
        String shown = title == null ? ref.id() : title;
        String name = normalize(Text.fold(shown));
        Set<String> aliasSet = new LinkedHashSet<>();
        for (String a : aliases) {
            String n = a == null ? "" : normalize(Text.fold(a));
            if (!n.isEmpty() && !n.equals(name)) {
                aliasSet.add(n);
            }
        }
        List<String> codeList = new ArrayList<>();
        for (String c : codes) {
            if (c != null && !c.isBlank()) {
                codeList.add(c.strip().toLowerCase(Locale.ROOT));
            }
        }
        TreeSet<String> nameWords = new TreeSet<>(Arrays.asList(distinctWords(name)));
        TreeSet<String> aliasWords = new TreeSet<>();
        for (String a : aliasSet) {
            aliasWords.addAll(Arrays.asList(distinctWords(a)));
        }
        TreeSet<String> textWords = new TreeSet<>(nameWords);
        textWords.addAll(aliasWords);
        for (String t : texts) {
            if (t != null) {
                textWords.addAll(Arrays.asList(distinctWords(normalize(Text.fold(t)))));
            }
        }
        list.add(new Entry(ref, shown, detail == null ? "" : detail, name, aliasSet.toArray(NONE),
                codeList.toArray(NONE), nameWords.toArray(NONE), aliasWords.toArray(NONE),
                textWords.toArray(NONE)));
    }

    /**
     * Folded text to the form searched: apostrophes dropped ("Xi'an" is "xian"), every other character that is
     * neither letter nor digit a word break, single spaces between words.
     */
    static String normalize(String folded) {
        StringBuilder sb = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char ch = folded.charAt(i);
            if (ch == '\'' || ch == '`' || ch == '\u02BB' || ch == '\u02BC' || ch == '\u00B4') {
                continue;
            }
            if (Character.isLetterOrDigit(ch) || Character.isSurrogate(ch)) {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(ch);
            } else {
                space = true;
            }
        }
        return sb.toString();
    }

    private static String[] distinctWords(String normalized) {
        if (normalized.isEmpty()) {
            return NONE;
        }
        return Arrays.stream(normalized.split(" ")).filter(w -> !w.isEmpty()).distinct().toArray(String[]::new);
    }

    private static List<String> nonNull(String s) {
        return s == null ? List.of() : Arrays.asList(s);
    }

    private static String join(String a, String b) {
        return join(a, b, " · ");
    }

    private static String join(String a, String b, String separator) {
        boolean hasA = a != null && !a.isBlank();
        boolean hasB = b != null && !b.isBlank();
        if (hasA && hasB) {
            return a + separator + b;
        }
        return hasA ? a : hasB ? b : "";
    }

    private static String label(PlaceKind kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case CITY -> "City";
            case PORT -> "Port";
            case BORDER_CROSSING -> "Border crossing";
            case FIELD -> "Field";
        };
    }

    private static String label(OrganizationKind kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case INTERNATIONAL_ORGANIZATION -> "International organisation";
            case SCO_BODY -> "SCO body";
            case INITIATIVE -> "Initiative";
        };
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** One record as searched: everything folded, normalised and split once. Word arrays are sorted. */
    private record Entry(RecordRef ref, String title, String detail, String name, String[] aliases, String[] codes,
                         String[] nameWords, String[] aliasWords, String[] textWords) {}

    /** A growing list of ints, for building the word index without boxing. */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
