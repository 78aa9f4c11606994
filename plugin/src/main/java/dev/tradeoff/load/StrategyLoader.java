package dev.tradeoff.load;

import dev.tradeoff.load.StrategyFolder.Listing;
import dev.tradeoff.load.StrategyFolder.Named;
import dev.tradeoff.load.StrategyFolder.YamlFile;
import dev.tradeoff.model.Page;
import dev.tradeoff.model.Plan;
import dev.tradeoff.model.PlatformMetric;
import dev.tradeoff.model.Scale;
import dev.tradeoff.model.Signal;
import dev.tradeoff.model.Strategy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Turns a strategy folder into a validated {@link Strategy}, or fails once with every problem of
 * every file. Files are read independently, so one broken file does not hide the problems of the
 * others; references are checked last, and only against what could be read.
 */
public final class StrategyLoader {

    public StrategyLoader() {
    }

    public Strategy load(Path directory) throws StrategyException, IOException {
        return load(new DirectorySource(directory));
    }

    public Strategy load(StrategySource source) throws StrategyException, IOException {
        if (!source.exists()) {
            throw new StrategyException(List.of(new Problem("", 0, 0,
                    "strategy folder not found (expected a folder with strategy.yaml at " + source.describe() + ")")));
        }
        Problems problems = new Problems();
        StrategyFolder folder = new StrategyFolder(source, problems);

        Plan plan = plan(folder, problems);
        YamlFile teamsFile = folder.yaml(StrategyFolder.TEAMS, TeamsReader.EXPECTED);
        TeamsReader.Result teams = teamsFile.isRead()
                ? guard(teamsFile.path(), problems, () -> TeamsReader.read(teamsFile.root(), reader(teamsFile, problems)))
                : null;
        Listing okrFiles = folder.list(StrategyFolder.OKRS, ".yaml", true);
        Map<String, ObjectiveDraft> objectives = objectives(okrFiles, folder, problems);
        Listing initiativeFiles = folder.list(StrategyFolder.INITIATIVES, ".yaml", true);
        Map<String, InitiativeDraft> initiatives = initiatives(initiativeFiles, plan, folder, problems);
        List<Signal> signals = optional(folder, StrategyFolder.SIGNALS, SignalsReader.EXPECTED, problems, SignalsReader::read);
        Scale scale = optional(folder, StrategyFolder.SCALE, ScaleReader.EXPECTED, problems, ScaleReader::read);
        List<PlatformMetric> metrics = optional(folder, StrategyFolder.PLATFORM, PlatformReader.EXPECTED, problems,
                PlatformReader::read);
        List<Page> pages = pages(folder, problems);
        folder.checkRootFiles();

        CrossReferences.check(initiatives, initiativeFiles.allNamed(), teamIds(teamsFile, teams),
                objectives, okrFiles.allNamed(), problems);

        if (!problems.isEmpty()) {
            throw new StrategyException(problems.all());
        }
        return new Strategy(
                plan,
                initiatives.values().stream().map(InitiativeDraft::initiative).toList(),
                objectives.values().stream().map(ObjectiveDraft::objective).toList(),
                teams == null ? List.of() : teams.teams(),
                signals == null ? List.of() : signals,
                scale,
                metrics == null ? List.of() : metrics,
                pages);
    }

    private static Plan plan(StrategyFolder folder, Problems problems) throws IOException {
        YamlFile file = folder.yaml(StrategyFolder.STRATEGY, PlanReader.EXPECTED);
        if (!file.present()) {
            problems.add(StrategyFolder.STRATEGY, "strategy.yaml not found; it is required (" + PlanReader.EXPECTED + ")");
            return null;
        }
        return file.isRead() ? guard(file.path(), problems, () -> PlanReader.read(file.root(), reader(file, problems))) : null;
    }

    /** Team ids that owners may name: none at all without teams.yaml, unknown when it is unreadable. */
    private static KnownIds teamIds(YamlFile file, TeamsReader.Result teams) {
        if (!file.present()) {
            return new KnownIds(Set.of(), true, "there is no teams.yaml to define it");
        }
        return teams == null ? KnownIds.unknown() : teams.ids();
    }

    private static Map<String, ObjectiveDraft> objectives(Listing files, StrategyFolder folder, Problems problems)
            throws IOException {
        Map<String, ObjectiveDraft> objectives = new TreeMap<>();
        for (Named named : files.files()) {
            YamlFile file = folder.yaml(named.path(), ObjectiveReader.EXPECTED);
            ObjectiveDraft draft = file.isRead()
                    ? guard(file.path(), problems, () -> ObjectiveReader.read(named.id(), file.root(), reader(file, problems)))
                    : null;
            objectives.put(named.id(), draft == null ? ObjectiveDraft.unreadable(named.id()) : draft);
        }
        return objectives;
    }

    private static Map<String, InitiativeDraft> initiatives(Listing files, Plan plan, StrategyFolder folder,
            Problems problems) throws IOException {
        Map<String, InitiativeDraft> initiatives = new TreeMap<>();
        for (Named named : files.files()) {
            YamlFile file = folder.yaml(named.path(), InitiativeReader.EXPECTED);
            InitiativeDraft draft = file.isRead()
                    ? guard(file.path(), problems, () -> InitiativeReader.read(named.id(), file.root(),
                            plan == null ? null : plan.start(), reader(file, problems)))
                    : null;
            initiatives.put(named.id(), draft == null ? InitiativeDraft.unreadable(named.id(), named.path()) : draft);
        }
        return initiatives;
    }

    private static List<Page> pages(StrategyFolder folder, Problems problems) throws IOException {
        List<Page> pages = new ArrayList<>();
        for (Named named : folder.list(StrategyFolder.PAGES, ".md", false).files()) {
            Optional<String> text = folder.text(named.path());
            if (text.isPresent()) {
                Page page = guard(named.path(), problems, () -> PagesReader.read(named.id(), text.get(), folder,
                        new NodeReader(named.path(), problems)));
                if (page != null) {
                    pages.add(page);
                }
            }
        }
        pages.sort(Comparator.comparingInt(Page::order).thenComparing(Page::slug));
        return pages;
    }

    /** An optional file's content; null when it is absent or has problems. */
    private static <T> T optional(StrategyFolder folder, String path, String expected, Problems problems,
            BiFunction<YamlMapping, NodeReader, T> read) throws IOException {
        YamlFile file = folder.yaml(path, expected);
        return file.isRead() ? guard(path, problems, () -> read.apply(file.root(), reader(file, problems))) : null;
    }

    private static NodeReader reader(YamlFile file, Problems problems) {
        return new NodeReader(file.path(), problems);
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
