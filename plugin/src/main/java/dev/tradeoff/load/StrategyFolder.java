package dev.tradeoff.load;

import dev.tradeoff.load.StrategySource.OtherEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * The files of a strategy folder, read through a {@link StrategySource}: the YAML files parsed into
 * mappings, the files of the sub-folders listed with their ids. Problems with the files themselves
 * (missing, too large, not UTF-8, not YAML, badly named) are recorded here.
 */
final class StrategyFolder {

    static final String STRATEGY = "strategy.yaml";
    static final String TEAMS = "teams.yaml";
    static final String SIGNALS = "signals.yaml";
    static final String SCALE = "scale.yaml";
    static final String PLATFORM = "platform.yaml";
    static final String INITIATIVES = "initiatives";
    static final String OKRS = "okrs";
    static final String PAGES = "pages";

    private static final List<String> ROOT_FILES = StrategySource.ROOT_FILES;
    private static final List<String> ROOT_FOLDERS = List.of(INITIATIVES, OKRS, PAGES);
    /**
     * The extensions, in lower case, that name the same kind of file as {@code .yaml} or {@code .md}:
     * such a file is renamed, not left out without a word.
     */
    private static final Map<String, Set<String>> SPELLINGS = Map.of(
            ".yaml", Set.of("yaml", "yml"),
            ".md", Set.of("md", "markdown", "mdown", "mkd", "mkdn", "mdwn"));

    private final StrategySource source;
    private final Problems problems;
    /** The editor leftovers {@link #list} skipped, by path: shared by the copies {@link #recordingIn} makes. */
    private final Set<String> leftovers;

    /** A file of a sub-folder whose name gives an id: {@code initiatives/checkout-v2.yaml}. */
    record Named(String id, String path) {
    }

    /**
     * The files of one sub-folder named as ids, and the names of those that are not read, reported
     * already: {@code unreadNames} are their names without the extension ({@code Mobile App},
     * {@code checkout.yml} as {@code checkout}); {@code complete} is false when a folder inside it
     * holds files that are not read, whatever their names.
     */
    record Listing(List<Named> files, Set<String> unreadNames, boolean complete) {

        Listing {
            files = List.copyOf(files);
            unreadNames = Collections.unmodifiableSortedSet(new TreeSet<>(unreadNames));
        }

        /** The ids the files define, for the references to them. */
        KnownIds ids() {
            return new KnownIds(new TreeSet<>(files.stream().map(Named::id).toList()), unreadNames, complete, null);
        }
    }

    /** A YAML file: missing, present but unreadable (root null), or read; {@code text} as decoded, when it could be. */
    record YamlFile(String path, boolean present, String text, YamlMapping root) {
        boolean isRead() {
            return root != null;
        }
    }

    StrategyFolder(StrategySource source, Problems problems) {
        this(source, problems, Collections.synchronizedSortedSet(new TreeSet<>()));
    }

    private StrategyFolder(StrategySource source, Problems problems, Set<String> leftovers) {
        this.source = source;
        this.problems = problems;
        this.leftovers = leftovers;
    }

    /** The same folder, recording problems in {@code other}: one per file read on its own thread. */
    StrategyFolder recordingIn(Problems other) {
        return new StrategyFolder(source, other, leftovers);
    }

    /** The paths of the {@link EditorLeftovers} that listing the folders skipped, sorted. */
    List<String> leftovers() {
        synchronized (leftovers) {
            return List.copyOf(leftovers);
        }
    }

    /** Whether {@code name} in {@code folder} is left out: hidden, or an editor's leftover (then remembered). */
    private boolean skips(String folder, String name) {
        if (name.startsWith(".")) {
            return true;
        }
        if (EditorLeftovers.isLeftover(name)) {
            leftovers.add(folder + "/" + name);
            return true;
        }
        return false;
    }

    /**
     * The YAML file at {@code path}, read as {@code bytes} (empty when it is missing), as a mapping.
     * {@code expected} finishes the sentence "expected a mapping with ...", for an empty file.
     */
    YamlFile yaml(String path, Optional<byte[]> bytes, String expected) {
        if (bytes.isEmpty()) {
            return new YamlFile(path, false, null, null);
        }
        String text = SourceText.decode(path, bytes.get(), problems);
        return new YamlFile(path, true, text, text == null ? null : parseMapping(path, text, 0, expected));
    }

    /** The decoded text of a file read as {@code bytes}; empty when it is missing or not decodable (then reported). */
    Optional<String> text(String path, Optional<byte[]> bytes) {
        return bytes.map(b -> SourceText.decode(path, b, problems));
    }

    /** Parses YAML text that must hold a mapping; null after reporting why not. */
    YamlMapping parseMapping(String path, String text, int lineOffset, String expected) {
        YamlNode root = YamlTree.parse(path, text, lineOffset, problems);
        if (root == null) {
            return null;
        }
        if (root.isNothing()) {
            problems.add(path, (text.isBlank() ? "file is empty" : "file holds only comments")
                    + "; expected a mapping with " + expected);
            return null;
        }
        if (!(root instanceof YamlMapping mapping)) {
            problems.add(path, root, "expected a mapping (key: value lines) at the top of the file, found " + root.found());
            return null;
        }
        return mapping;
    }

    /**
     * The files of {@code folder} ending in {@code extension}. Hidden files and folders are skipped,
     * and so are {@link EditorLeftovers} (remembered for {@link #leftovers}).
     * A file named for the same kind under another spelling ({@code x.yml}, {@code x.YAML},
     * {@code guide.MD}, {@code guide.markdown}), a link or special file in its place, and a folder
     * holding such files, are reported; other files and folders are reported too when
     * {@code othersAreProblems}, else they are the user's. Names that are not ids are reported.
     */
    Listing list(String folder, String extension, boolean othersAreProblems) throws IOException {
        List<Named> named = new ArrayList<>();
        Set<String> unreadNames = new TreeSet<>();
        boolean complete = true;
        List<String> names = names(folder);
        for (String name : names) {
            String path = folder + "/" + name;
            if (skips(folder, name)) {
                continue;
            }
            if (!name.endsWith(extension)) {
                boolean sameKind = isSpelling(name, extension);
                if (sameKind || othersAreProblems) {
                    problems.add(path, "not read: files in " + folder + "/ must end in " + extension
                            + (sameKind ? " (" + renameTo(idOf(stem(name)) + extension, names) + ")" : ""));
                    unreadNames.add(stem(name));
                }
                continue;
            }
            String id = name.substring(0, name.length() - extension.length());
            if (IdSyntax.isTooLong(id)) {
                problems.add(path, "file name '" + name + "' is too long: a file's name is its id, and ids"
                        + " have at most " + IdSyntax.MAX_LENGTH + " characters (this one has " + id.length()
                        + "); shorten it");
                unreadNames.add(id);
                continue;
            }
            if (!IdSyntax.isValid(id)) {
                String slug = IdSyntax.suggest(id);
                problems.add(path, "file name '" + name + "' is not a valid id (" + IdSyntax.RULE + ")"
                        + (slug == null ? "" : "; " + renameTo(slug + extension, names)));
                unreadNames.add(id);
                continue;
            }
            named.add(new Named(id, path));
        }
        for (Map.Entry<String, OtherEntry> other : others(folder).entrySet()) {
            String name = other.getKey();
            if (!skips(folder, name) && (othersAreProblems || isSpelling(name, extension))) {
                problems.add(folder + "/" + name, notRead(name, other.getValue()));
                unreadNames.add(stem(name));
            }
        }
        for (String nested : folders(folder)) {
            if (!nested.startsWith(".") && (othersAreProblems || holds(folder + "/" + nested, extension))) {
                // Files there would be left out of every figure without a word: say so instead.
                problems.add(folder + "/" + nested + "/", "not read: " + folder + "/ is read without the folders"
                        + " inside it; move the files of " + nested + "/ up into " + folder + "/");
                complete = false;
            }
        }
        return new Listing(named, unreadNames, complete);
    }

    /**
     * The paths of the {@link PageImages} in {@code pages/} and {@code pages/images/}, sorted; hidden
     * files and editor leftovers are skipped as everywhere.
     */
    List<String> pageImages() throws IOException {
        List<String> paths = new ArrayList<>();
        for (String folder : List.of(PAGES, PAGES + "/" + PageImages.FOLDER)) {
            for (String name : names(folder)) {
                if (!skips(folder, name) && PageImages.isImage(name)) {
                    paths.add(folder + "/" + name);
                }
            }
        }
        return paths;
    }

    /** Whether {@code name} ends in one of the spellings of {@code extension}, in any case. */
    private static boolean isSpelling(String name, String extension) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && SPELLINGS.get(extension).contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Whether {@code folder} holds a file named as one of the kind of {@code extension}, in any spelling. */
    private boolean holds(String folder, String extension) throws IOException {
        return names(folder).stream().anyMatch(name -> !name.startsWith(".") && isSpelling(name, extension));
    }

    /** The name without its last extension. */
    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** {@code stem} when it is an id, else the id closest to it ("Guide" → "guide"), else {@code stem}. */
    private static String idOf(String stem) {
        String slug = IdSyntax.isValid(stem) ? stem : IdSyntax.suggest(stem);
        return slug == null ? stem : slug;
    }

    /** "rename it to 'x.yaml'", unless another file already has that name: then that is what to know. */
    private static String renameTo(String name, List<String> names) {
        return names.contains(name) ? "'" + name + "' is taken by another file: merge the two or choose another name"
                : "rename it to '" + name + "'";
    }

    /** Why {@code name}, which stands where Tradeoff reads a file or folder, is not read: it is a link or a special file. */
    private static String notRead(String name, OtherEntry kind) {
        if (kind == OtherEntry.SYMBOLIC_LINK) {
            return "not read: '" + name + "' is a symbolic link; Tradeoff reads only regular files and folders"
                    + " inside the strategy folder and follows no links: replace the link with a copy of what it"
                    + " points to, or, if the whole strategy is elsewhere, point tradeoff.strategyDirectory at the"
                    + " real folder";
        }
        return "not read: '" + name + "' is a named pipe, socket or device; Tradeoff reads only regular files and"
                + " folders inside the strategy folder: put a regular file in its place";
    }

    /**
     * Reports what stands in the way of the files and folders Tradeoff reads at the top of the folder:
     * a link or special file with one of their names, a YAML file it does not know (in any case:
     * {@code Signals.YAML}, {@code teams.yml}), a folder named almost like its own ({@code okr/},
     * {@code Initiative/}): almost always a misspelt name, whose files would otherwise be left out
     * without a word. Other folders are the user's. Returns the names whose file or folder is
     * therefore missing or not read ({@code teams.yaml} for {@code teams.yml}, {@code okrs} for
     * {@code okr/}, {@code initiatives} when it is a link), so that nothing else is reported of them.
     */
    Set<String> checkRootFiles() throws IOException {
        Set<String> meant = new TreeSet<>();
        for (String name : folders("")) {
            Optional<String> own = name.startsWith(".") || ROOT_FOLDERS.contains(name) ? Optional.empty()
                    : Suggestions.closest(name, ROOT_FOLDERS).or(() -> ROOT_FOLDERS.stream()
                            .filter(folder -> sameStem(name, folder + ".")).findFirst());
            own.ifPresent(folder -> {
                meant.add(folder);
                problems.add(name + "/", "not read: unknown folder '" + name + "/' (did you mean '" + folder + "/'?);"
                        + " its files are left out until it is renamed");
            });
        }
        SortedMap<String, OtherEntry> others = others("");
        others.forEach((name, kind) -> {
            if (ROOT_FILES.contains(name) || ROOT_FOLDERS.contains(name)) {
                meant.add(name);
                problems.add(name, notRead(name, kind));
            }
        });
        List<String> files = new ArrayList<>(names(""));
        files.addAll(others.keySet());
        for (String name : files) {
            if (isSpelling(name, ".yaml") && !ROOT_FILES.contains(name) && !name.startsWith(".")) {
                // Compared as the .yaml file it would be, in lower case: Signals.YAML, scale.YML.
                String asYaml = stem(name).toLowerCase(Locale.ROOT) + ".yaml";
                Optional<String> root = ROOT_FILES.contains(asYaml) ? Optional.of(asYaml)
                        : Suggestions.closest(asYaml, ROOT_FILES);
                root.filter(r -> sameStem(name, r)).ifPresent(meant::add);
                problems.add(name, "unknown file '" + name + "'" + root.map(r -> " (did you mean '" + r + "'?)")
                        .orElse(" (expected " + NodeReader.alternatives(ROOT_FILES) + ")"));
            }
        }
        return meant;
    }

    /**
     * Whether {@code name} is {@code root} under another extension, case or number ({@code teams.yml},
     * {@code Team.yaml}): that file, misnamed, rather than another file that merely looks close
     * ({@code tests.yaml}).
     */
    private static boolean sameStem(String name, String root) {
        String stem = name.substring(0, name.indexOf('.') < 0 ? name.length() : name.indexOf('.')).toLowerCase(Locale.ROOT);
        String rootStem = root.substring(0, root.indexOf('.'));
        return stem.equals(rootStem) || (stem + "s").equals(rootStem) || stem.equals(rootStem + "s");
    }

    private List<String> folders(String folder) throws IOException {
        try {
            return source.folders(folder);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private SortedMap<String, OtherEntry> others(String folder) throws IOException {
        try {
            return source.others(folder);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private List<String> names(String folder) throws IOException {
        try {
            return source.list(folder);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
