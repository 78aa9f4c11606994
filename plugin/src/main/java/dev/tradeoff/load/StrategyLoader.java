package dev.tradeoff.load;

import dev.tradeoff.load.ReadBatch.Pending;
import dev.tradeoff.load.StrategyFolder.Listing;
import dev.tradeoff.load.StrategyFolder.Named;
import dev.tradeoff.load.StrategyFolder.YamlFile;
import dev.tradeoff.model.Page;
import dev.tradeoff.model.PageImage;
import dev.tradeoff.model.Plan;
import dev.tradeoff.model.PlatformMetric;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Scale;
import dev.tradeoff.model.Signal;
import dev.tradeoff.model.Strategy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Turns a strategy folder into a validated {@link Strategy}, or fails once with every problem of
 * every file. Files are read independently, so one broken file does not hide the problems of the
 * others; references are checked last, and only against what could be read.
 *
 * <p>strategy.yaml is read first (initiatives need the plan's start); every other file is then read
 * and parsed on its own, on several threads, each with its own problems, which are put together in
 * a fixed order afterwards: the strategy and the problems are the same with any number of threads.
 */
public final class StrategyLoader {

    private final int threads;
    private final ParsedFiles parsed;
    private List<Problem> warnings = List.of();
    private List<String> leftovers = List.of();

    /** A loader that reads files on one thread per core and keeps nothing between loads. */
    public StrategyLoader() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** A loader that reads files on up to {@code threads} threads and keeps nothing between loads. */
    public StrategyLoader(int threads) {
        this(threads, null);
    }

    /**
     * A loader that reads files on up to {@code threads} threads, takes from {@code parsed} the files
     * that did not change since its last load, and keeps this load's files there for the next.
     */
    public StrategyLoader(int threads, ParsedFiles parsed) {
        this.threads = Math.max(1, threads);
        this.parsed = parsed;
    }

    /**
     * What the last load that succeeded found valid but probably not meant (an amount written with
     * another currency's symbol), in file order: for the goals to log; they do not stop a build.
     */
    public List<Problem> warnings() {
        return warnings;
    }

    /**
     * The editors' leftovers ({@link EditorLeftovers}: {@code initiatives/x.yaml~}) the last load
     * skipped, by path, sorted: for the goals to mention once; they are no problem.
     */
    public List<String> leftovers() {
        return leftovers;
    }

    public Strategy load(Path directory) throws StrategyException, IOException {
        return load(new DirectorySource(directory));
    }

    public Strategy load(StrategySource source) throws StrategyException, IOException {
        warnings = List.of();
        leftovers = List.of();
        if (!source.exists()) {
            throw new StrategyException(List.of(new Problem("", 0, 0,
                    "strategy folder not found (expected a folder with strategy.yaml at " + source.describe()
                            + "; set tradeoff.strategyDirectory to yours, or run tradeoff:init to start one)")));
        }
        if (parsed != null) {
            parsed.begin();
        }
        Problems problems = new Problems();
        StrategyFolder folder = new StrategyFolder(source, problems);
        FileReads files = new FileReads(source, folder, parsed);
        // Misspelt or linked (strategy.yml, a link as teams.yaml): reported once, not again as missing.
        Set<String> unreadRootNames = folder.checkRootFiles();

        ReadBatch first = new ReadBatch();
        boolean strategyReported = unreadRootNames.contains(StrategyFolder.STRATEGY);
        Pending<Plan> planRead = first.add(files.read(StrategyFolder.STRATEGY, "plan",
                (path, bytes, f, p) -> plan(path, bytes, f, p, strategyReported)));
        first.run(1, problems);
        Plan plan = planRead.value();
        Quarter planStart = plan == null ? null : plan.start();
        Quarter planEnd = plan == null ? null : plan.end();
        String currency = plan == null ? null : plan.currency();
        Listing okrFiles = folder.list(StrategyFolder.OKRS, ".yaml", true);
        Listing initiativeFiles = folder.list(StrategyFolder.INITIATIVES, ".yaml", true);
        Listing pageFiles = folder.list(StrategyFolder.PAGES, ".md", false);
        List<String> imagePaths = folder.pageImages();
        // Relative to pages/, as the pages name them; a page's warnings depend on them.
        Set<String> imageNames = new TreeSet<>();
        imagePaths.forEach(path -> imageNames.add(path.substring(StrategyFolder.PAGES.length() + 1)));

        ReadBatch batch = new ReadBatch();
        Pending<TeamsFile> teams = batch.add(files.read(StrategyFolder.TEAMS, "teams", StrategyLoader::teams));
        Map<String, Pending<ObjectiveDraft>> objectives = new TreeMap<>();
        for (Named named : okrFiles.files()) {
            objectives.put(named.id(), batch.add(files.read(named.path(), "objective",
                    (path, bytes, f, p) -> objective(named, bytes, f, p))));
        }
        List<Pending<InitiativeDraft>> initiatives = new ArrayList<>();
        Object initiativeInputs = Arrays.asList("initiative", planStart, planEnd, currency);
        for (Named named : initiativeFiles.files()) {
            initiatives.add(batch.add(files.read(named.path(), initiativeInputs,
                    (path, bytes, f, p) -> initiative(named, planStart, planEnd, currency, bytes, f, p))));
        }
        Pending<List<Signal>> signals = batch.add(files.read(StrategyFolder.SIGNALS, "signals",
                optional(SignalsReader.EXPECTED, SignalsReader::read)));
        Pending<Scale> scale = batch.add(files.read(StrategyFolder.SCALE, "scale",
                optional(ScaleReader.EXPECTED, ScaleReader::read)));
        Pending<List<PlatformMetric>> metrics = batch.add(files.read(StrategyFolder.PLATFORM, "platform",
                optional(PlatformReader.EXPECTED, PlatformReader::read)));
        List<Pending<Page>> pages = new ArrayList<>();
        for (Named named : pageFiles.files()) {
            pages.add(batch.add(files.read(named.path(), List.of("page", imageNames),
                    (path, bytes, f, p) -> page(named, imageNames, bytes, f, p))));
        }
        List<Pending<PageImage>> images = new ArrayList<>();
        for (String path : imagePaths) {
            images.add(batch.add(files.read(path, "image", (p, bytes, f, own) -> PageImages.read(p, bytes, own))));
        }
        batch.run(threads, problems);

        Map<String, ObjectiveDraft> objectiveDrafts = new TreeMap<>();
        objectives.forEach((id, read) -> objectiveDrafts.put(id,
                read.value() == null ? ObjectiveDraft.unreadable(id) : read.value()));
        Map<String, InitiativeDraft> initiativeDrafts = new TreeMap<>();
        for (int i = 0; i < initiatives.size(); i++) {
            Named named = initiativeFiles.files().get(i);
            InitiativeDraft draft = initiatives.get(i).value();
            initiativeDrafts.put(named.id(),
                    draft == null ? InitiativeDraft.unreadable(named.id(), named.path()) : draft);
        }
        // References into a misnamed or linked folder would each be "unknown": the folder is the problem.
        CrossReferences.check(initiativeDrafts,
                unreadRootNames.contains(StrategyFolder.INITIATIVES) ? KnownIds.unknown() : initiativeFiles.ids(),
                teamIds(teams.value(), unreadRootNames),
                objectiveDrafts, unreadRootNames.contains(StrategyFolder.OKRS) ? KnownIds.unknown() : okrFiles.ids(),
                problems);
        if (parsed != null) {
            parsed.finish();
        }
        // Valid, but a report of nothing replacing the last one is more likely a mistake than a plan.
        if (initiativeFiles.files().isEmpty() && !unreadRootNames.contains(StrategyFolder.INITIATIVES)) {
            problems.warn(StrategyFolder.INITIATIVES + "/", 0, 0,
                    "no initiative files, so the report has no work to weigh; add one .yaml file per initiative");
        }

        if (!problems.isEmpty()) {
            throw new StrategyException(problems.all(), problems.warnings());
        }
        warnings = problems.warnings();
        leftovers = folder.leftovers();
        List<Page> readPages = new ArrayList<>(pages.stream().map(Pending::value).filter(Objects::nonNull).toList());
        readPages.sort(Comparator.comparingInt(Page::order).thenComparing(Page::slug));
        TeamsReader.Result teamsRead = teams.value().result();
        return new Strategy(
                plan,
                initiativeDrafts.values().stream().map(InitiativeDraft::initiative).toList(),
                objectiveDrafts.values().stream().map(ObjectiveDraft::objective).toList(),
                teamsRead == null ? List.of() : teamsRead.teams(),
                signals.value() == null ? List.of() : signals.value(),
                scale.value(),
                metrics.value() == null ? List.of() : metrics.value(),
                readPages,
                images.stream().map(Pending::value).filter(Objects::nonNull).toList());
    }

    /** Reads one file into a value, recording the file's problems in {@code problems} (through {@code folder} too). */
    @FunctionalInterface
    private interface FileReader<T> {
        T read(String path, Optional<byte[]> bytes, StrategyFolder folder, Problems problems);
    }

    /**
     * Reads single files: the bytes, then what the last load kept for exactly these bytes, or a fresh
     * read with problems of its own.
     */
    private static final class FileReads {
        private final StrategySource source;
        private final StrategyFolder folder;
        private final ParsedFiles parsed;

        FileReads(StrategySource source, StrategyFolder folder, ParsedFiles parsed) {
            this.source = source;
            this.folder = folder;
            this.parsed = parsed;
        }

        /** The read of {@code path}; {@code inputs} are whatever else than its bytes the reader depends on. */
        <T> ReadBatch.Read<T> read(String path, Object inputs, FileReader<T> reader) {
            return () -> {
                Optional<byte[]> bytes = source.read(path);
                Supplier<FileRead<T>> fresh = () -> {
                    Problems own = new Problems();
                    T value = reader.read(path, bytes, folder.recordingIn(own), own);
                    return new FileRead<>(value, own.all(), own.warnings());
                };
                return parsed == null || bytes.isEmpty() ? fresh.get() : parsed.read(path, bytes.get(), inputs, fresh);
            };
        }
    }

    /** strategy.yaml; {@code reported} when it is missing for a reason already reported (a misspelt name, a link). */
    private static Plan plan(String path, Optional<byte[]> bytes, StrategyFolder folder, Problems problems,
            boolean reported) {
        YamlFile file = folder.yaml(path, bytes, PlanReader.EXPECTED);
        if (!file.present()) {
            if (!reported) {
                problems.add(path, "strategy.yaml not found; it is required (" + PlanReader.EXPECTED + ")");
            }
            return null;
        }
        return file.isRead() ? guard(path, problems, () -> PlanReader.read(file.root(), reader(file, problems))) : null;
    }

    /** teams.yaml: whether it is there, and what could be read of it (null when it has problems). */
    private record TeamsFile(boolean present, TeamsReader.Result result) {
    }

    private static TeamsFile teams(String path, Optional<byte[]> bytes, StrategyFolder folder, Problems problems) {
        YamlFile file = folder.yaml(path, bytes, TeamsReader.EXPECTED);
        TeamsReader.Result result = file.isRead()
                ? guard(path, problems, () -> TeamsReader.read(file.root(), reader(file, problems)))
                : null;
        return new TeamsFile(file.present(), result);
    }

    /**
     * Team ids that owners may name: none at all without teams.yaml, unknown when it is unreadable,
     * misspelt or a link (teams.yml is reported once; every owner unknown because of it would bury that).
     */
    private static KnownIds teamIds(TeamsFile teams, Set<String> unreadRootNames) {
        if (!teams.present() && unreadRootNames.contains(StrategyFolder.TEAMS)) {
            return KnownIds.unknown();
        }
        if (!teams.present()) {
            return new KnownIds(Set.of(), true, "there is no teams.yaml to define it");
        }
        return teams.result() == null ? KnownIds.unknown() : teams.result().ids();
    }

    private static ObjectiveDraft objective(Named named, Optional<byte[]> bytes, StrategyFolder folder,
            Problems problems) {
        YamlFile file = folder.yaml(named.path(), bytes, ObjectiveReader.EXPECTED);
        return file.isRead()
                ? guard(file.path(), problems,
                        () -> ObjectiveReader.read(named.id(), file.root(), reader(file, problems)))
                : null;
    }

    private static InitiativeDraft initiative(Named named, Quarter planStart, Quarter planEnd, String currency,
            Optional<byte[]> bytes, StrategyFolder folder, Problems problems) {
        YamlFile file = folder.yaml(named.path(), bytes, InitiativeReader.EXPECTED);
        if (!file.isRead()) {
            return null;
        }
        NodeReader reader = reader(file, problems);
        reader.expectCurrency(currency);
        return guard(file.path(), problems, () -> InitiativeReader.read(named.id(), file.root(), planStart, planEnd,
                reader));
    }

    private static Page page(Named named, Set<String> images, Optional<byte[]> bytes, StrategyFolder folder,
            Problems problems) {
        Optional<String> text = folder.text(named.path(), bytes);
        if (text.isEmpty()) {
            return null;
        }
        return guard(named.path(), problems, () -> {
            Page page = PagesReader.read(named.id(), text.get(), folder, new NodeReader(named.path(), problems));
            if (page != null) {
                // The body is the end of the file, with \r\n read as \n.
                String normalized = text.get().replace("\r\n", "\n");
                ImageLinks.check(named.path(), normalized, normalized.length() - page.markdown().length(), images,
                        problems);
            }
            return page;
        });
    }

    /** An optional file's content; null when it is absent or has problems. */
    private static <T> FileReader<T> optional(String expected, BiFunction<YamlMapping, NodeReader, T> read) {
        return (path, bytes, folder, problems) -> {
            YamlFile file = folder.yaml(path, bytes, expected);
            return file.isRead() ? guard(path, problems, () -> read.apply(file.root(), reader(file, problems))) : null;
        };
    }

    private static NodeReader reader(YamlFile file, Problems problems) {
        return new NodeReader(file.path(), problems, file.text());
    }

    /**
     * Runs the reading of one file. A failure inside a reader is a bug, but it must still end as a
     * problem with the file's name, never as a crash of the build.
     */
    private static <T> T guard(String path, Problems problems, Supplier<T> read) {
        try {
            return read.get();
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(path, "could not be read because of an internal error in Tradeoff ("
                    + Objects.toString(e.getMessage(), "no details") + "); please report it");
            return null;
        }
    }
}
