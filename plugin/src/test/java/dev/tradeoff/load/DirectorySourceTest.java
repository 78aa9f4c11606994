package dev.tradeoff.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tradeoff.load.StrategySource.OtherEntry;
import dev.tradeoff.model.Strategy;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A strategy folder on disk. */
class DirectorySourceTest {

    @TempDir
    Path root;

    private Path folder() {
        return root.resolve("strategy");
    }

    private void write(Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            write(file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
        }
    }

    private void write(String path, byte[] bytes) throws IOException {
        Path file = folder().resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private StrategyException failure() {
        return catchThrowableOfType(StrategyException.class, () -> new StrategyLoader().load(folder()));
    }

    @Test
    void loadsAFolder() throws Exception {
        write(ValidStrategy.files());

        Strategy strategy = new StrategyLoader().load(folder());

        assertThat(strategy.initiatives()).hasSize(2);
        assertThat(strategy.initiatives().get(0).sourcePath()).isEqualTo("initiatives/checkout-v2.yaml");
    }

    @Test
    void foldersInsideTheInitiativesAndOkrsAreNamedNotSkippedSilently() throws Exception {
        write(ValidStrategy.files());
        write("initiatives/payments/ledger.yaml", ValidStrategy.CHECKOUT_V2.getBytes(StandardCharsets.UTF_8));
        write("okrs/2026/old.yaml", ValidStrategy.EXPAND_REGIONS.getBytes(StandardCharsets.UTF_8));
        write("initiatives/.drafts/idea.yaml", ValidStrategy.CHECKOUT_V2.getBytes(StandardCharsets.UTF_8));
        write("pages/images/logo.txt", "a page's own files are its business".getBytes(StandardCharsets.UTF_8));

        assertThat(failure().problems()).extracting(Problem::toString).containsExactly(
                "initiatives/payments/: not read: initiatives/ is read without the folders inside it;"
                        + " move the files of payments/ up into initiatives/",
                "okrs/2026/: not read: okrs/ is read without the folders inside it;"
                        + " move the files of 2026/ up into okrs/");
    }

    @Test
    void aFolderThatDoesNotExist() {
        StrategyException e = failure();

        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).format("src/strategy/")).isEqualTo("src/strategy: strategy folder not found"
                + " (expected a folder with strategy.yaml at " + folder().toAbsolutePath()
                + "; set tradeoff.strategyDirectory to yours, or run tradeoff:init to start one)");
    }

    @Test
    void aFolderNamedAlmostLikeOneOfTradeoffsIsNamedNotSkippedSilently() throws Exception {
        Map<String, String> files = new java.util.HashMap<>(ValidStrategy.files());
        files.put("okr/expand-regions.yaml", files.remove("okrs/expand-regions.yaml"));
        files.put("Initiative/ledger.yaml", ValidStrategy.CHECKOUT_V2);
        write(files);

        // Not also "unknown objective 'expand-regions'" for each key result: the folder's name is the problem.
        assertThat(failure().problems()).extracting(Problem::toString).containsExactly(
                "Initiative/: not read: unknown folder 'Initiative/' (did you mean 'initiatives/'?);"
                        + " its files are left out until it is renamed",
                "okr/: not read: unknown folder 'okr/' (did you mean 'okrs/'?);"
                        + " its files are left out until it is renamed");
    }

    @Test
    void otherFoldersAreTheUsers() throws Exception {
        write(ValidStrategy.files());
        for (String folder : new String[] {"docs", "drafts", "data", "archive", ".git", "images", "notes", "plans"}) {
            write(folder + "/readme.yaml", "title: mine\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(new StrategyLoader().load(folder()).initiatives()).hasSize(2);
    }

    @Test
    void invalidUtf8IsReportedWhereTheBadByteIs() throws Exception {
        write(ValidStrategy.files());
        byte[] latin1 = "title: Caf\u00e9 relaunch\nkind: product\n".getBytes(StandardCharsets.ISO_8859_1);
        write("initiatives/checkout-v2.yaml", latin1);

        assertThat(failure().problems()).extracting(p -> p.format("")).containsExactly(
                "initiatives/checkout-v2.yaml:1:11: invalid UTF-8: byte 0xE9 is not part of a valid character;"
                        + " save the file as UTF-8");
    }

    @Test
    void invalidUtf8AfterAByteOrderMarkAndMultiByteCharacters() throws Exception {
        write(ValidStrategy.files());
        byte[] text = "\uFEFForganization: Ac\u00e9me \uD83D\uDE80\nstart: 2027-Q1\ncapacity: 12".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[text.length + 1];
        System.arraycopy(text, 0, broken, 0, text.length);
        broken[text.length] = (byte) 0xFF;
        write("strategy.yaml", broken);

        assertThat(failure().problems()).extracting(p -> p.format("")).containsExactly(
                "strategy.yaml:3:13: invalid UTF-8: byte 0xFF is not part of a valid character; save the file as UTF-8");
    }

    @Test
    void listsRegularFilesOnlySorted() throws Exception {
        write(Map.of("initiatives/b.yaml", "", "initiatives/a.yaml", "", "initiatives/sub/c.yaml", ""));
        DirectorySource source = new DirectorySource(folder());

        assertThat(source.list("initiatives")).containsExactly("a.yaml", "b.yaml");
        assertThat(source.list("okrs")).isEmpty();
        assertThat(source.list("")).isEmpty();
    }

    @Test
    void neverReadsOutsideTheFolder() throws Exception {
        Files.writeString(root.resolve("secret.yaml"), "secret: 1");
        write(Map.of("strategy.yaml", ValidStrategy.STRATEGY));
        DirectorySource source = new DirectorySource(folder());

        assertThat(source.read("../secret.yaml")).isEmpty();
        assertThat(source.read("initiatives/../../secret.yaml")).isEmpty();
        assertThat(source.read(root.resolve("secret.yaml").toAbsolutePath().toString())).isEmpty();
        assertThat(source.read("initiatives")).isEmpty();
        assertThat(source.read("missing.yaml")).isEmpty();
        assertThat(source.read("strategy.yaml")).isPresent();
    }

    /** A link at {@code path} inside the strategy folder to {@code target}; the test is skipped where links cannot be made. */
    private void link(String path, Path target) throws IOException {
        try {
            Files.createSymbolicLink(folder().resolve(path), target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here");
        }
    }

    /** {@code name} moved out of the strategy folder, to a folder beside it; where it is now. */
    private Path moveOut(String name) throws IOException {
        Path outside = Files.createDirectories(root.resolve("outside"));
        return Files.move(folder().resolve(name), outside.resolve(name));
    }

    private static String linkProblem(String path, String name) {
        return path + ": not read: '" + name + "' is a symbolic link; Tradeoff reads only regular files and"
                + " folders inside the strategy folder and follows no links: replace the link with a copy of what"
                + " it points to, or, if the whole strategy is elsewhere, point tradeoff.strategyDirectory at the"
                + " real folder";
    }

    @Test
    void linksAreListedApartAndNeverFollowed() throws Exception {
        write(ValidStrategy.files());
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("linked.yaml"), ValidStrategy.CHECKOUT_V2);
        link("initiatives/linked.yaml", outside.resolve("linked.yaml"));
        link("pages", outside);
        DirectorySource source = new DirectorySource(folder());

        assertThat(source.list("initiatives")).containsExactly("checkout-v2.yaml", "payments-platform.yaml");
        assertThat(source.others("initiatives")).containsExactly(entry("linked.yaml", OtherEntry.SYMBOLIC_LINK));
        assertThat(source.read("initiatives/linked.yaml")).isEmpty();
        assertThat(source.folders("")).containsExactly("initiatives", "okrs");
        assertThat(source.others("")).containsExactly(entry("pages", OtherEntry.SYMBOLIC_LINK));
        assertThat(source.list("pages")).isEmpty();
        assertThat(source.others("pages")).isEmpty();
        assertThat(source.read("pages/linked.yaml")).isEmpty();
    }

    @Test
    void aLinkedInitiativesFolderIsTheOneProblemNotASilentlyEmptyPortfolio() throws Exception {
        write(ValidStrategy.files());
        link("initiatives", moveOut("initiatives"));

        assertThat(failure().problems()).extracting(Problem::toString).containsExactly(
                linkProblem("initiatives", "initiatives"));
    }

    @Test
    void aLinkedOkrsFolderIsTheOneProblemNotEveryKeyResultUnknown() throws Exception {
        write(ValidStrategy.files());
        link("okrs", moveOut("okrs"));

        assertThat(failure().problems()).extracting(Problem::toString).containsExactly(
                linkProblem("okrs", "okrs"));
    }

    @Test
    void aLinkedTeamsYamlIsTheOneProblemNotEveryOwnerWithoutTeams() throws Exception {
        write(ValidStrategy.files());
        link("teams.yaml", moveOut("teams.yaml"));

        assertThat(failure().problems()).extracting(Problem::toString).containsExactly(
                linkProblem("teams.yaml", "teams.yaml"));
    }

    @Test
    void aLinkedStrategyYamlIsTheOneProblemNotStrategyYamlNotFound() throws Exception {
        write(ValidStrategy.files());
        link("strategy.yaml", moveOut("strategy.yaml"));

        assertThat(failure().problems()).extracting(Problem::toString).containsExactly(
                linkProblem("strategy.yaml", "strategy.yaml"));
    }

    @Test
    void linksWhereFilesAreReadAreEachReportedAndTheRestAreTheUsers() throws Exception {
        write(ValidStrategy.files());
        write("pages/about.md", "---\ntitle: About\n---\nHello\n".getBytes(StandardCharsets.UTF_8));
        Path outside = Files.createDirectories(root.resolve("outside"));
        for (String name : new String[] {"leak.yaml", "signals.yaml", "guide.md", "logo.png"}) {
            Files.writeString(outside.resolve(name), "title: outside\n");
        }
        link("initiatives/leak.yaml", outside.resolve("leak.yaml"));
        link("initiatives/notes.txt", outside.resolve("logo.png"));
        link("initiatives/.draft.yaml", outside.resolve("leak.yaml"));
        link("okrs/up", outside);
        link("signals.yaml", outside.resolve("signals.yaml"));
        link("scale.yaml", outside.resolve("missing.yaml"));
        link("pages/guide.md", outside.resolve("guide.md"));
        link("pages/logo.png", outside.resolve("logo.png"));
        link("docs", outside);
        link("README.md", outside.resolve("guide.md"));

        assertThat(failure().problems()).extracting(Problem::toString).containsExactly(
                linkProblem("initiatives/leak.yaml", "leak.yaml"),
                linkProblem("initiatives/notes.txt", "notes.txt"),
                linkProblem("okrs/up", "up"),
                linkProblem("pages/guide.md", "guide.md"),
                linkProblem("scale.yaml", "scale.yaml"),
                linkProblem("signals.yaml", "signals.yaml"));
    }

    @Test
    void aLinkWithAMisspeltNameIsAnUnknownFileLikeAnyOther() throws Exception {
        write(ValidStrategy.files());
        link("Teams.yml", moveOut("teams.yaml"));

        assertThat(failure().problems()).extracting(Problem::toString).containsExactly(
                "Teams.yml: unknown file 'Teams.yml' (did you mean 'teams.yaml'?)");
    }

    @Test
    void aSocketWhereAFileIsReadIsReported() throws Exception {
        write(ValidStrategy.files());
        Path socket = folder().resolve("initiatives/socket.yaml");
        try (ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            try {
                channel.bind(UnixDomainSocketAddress.of(socket));
            } catch (UnsupportedOperationException | IOException e) {
                assumeTrue(false, "Unix domain sockets are not supported here");
            }
            DirectorySource source = new DirectorySource(folder());

            assertThat(source.others("initiatives")).containsExactly(entry("socket.yaml", OtherEntry.SPECIAL_FILE));
            assertThat(source.read("initiatives/socket.yaml")).isEmpty();
            assertThat(failure().problems()).extracting(Problem::toString).containsExactly(
                    "initiatives/socket.yaml: not read: 'socket.yaml' is a named pipe, socket or device;"
                            + " Tradeoff reads only regular files and folders inside the strategy folder:"
                            + " put a regular file in its place");
        } finally {
            Files.deleteIfExists(socket);
        }
    }

    @Test
    void theStrategyFolderItselfMayBeReachedThroughALink() throws Exception {
        write(ValidStrategy.files());
        Path linked = root.resolve("src/strategy");
        Files.createDirectories(linked.getParent());
        try {
            Files.createSymbolicLink(linked, folder());
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here");
        }

        Strategy strategy = new StrategyLoader().load(linked);

        assertThat(strategy.initiatives()).hasSize(2);
        assertThat(strategy.teams()).hasSize(2);
        assertThat(strategy.objectives()).hasSize(1);
    }

    @Test
    void aListedFileThatChangesBeforeItIsReadIsCheckedAgain() throws Exception {
        write(Map.of("initiatives/gone.yaml", "a: 1", "initiatives/linked.yaml", "b: 2", "initiatives/kept.yaml", "c: 3"));
        Path outside = root.resolve("outside.yaml");
        Files.writeString(outside, "secret: 1");
        DirectorySource source = new DirectorySource(folder());
        assertThat(source.list("initiatives")).containsExactly("gone.yaml", "kept.yaml", "linked.yaml");

        Files.delete(folder().resolve("initiatives/gone.yaml"));
        Files.delete(folder().resolve("initiatives/linked.yaml"));
        try {
            Files.createSymbolicLink(folder().resolve("initiatives/linked.yaml"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here");
        }

        assertThat(source.read("initiatives/gone.yaml")).isEmpty();
        assertThat(source.read("initiatives/linked.yaml")).isEmpty();
        assertThat(source.read("initiatives/kept.yaml")).hasValueSatisfying(
                bytes -> assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("c: 3"));
    }

    @Test
    void oneScanAnswersForFilesAndFolders() throws Exception {
        write(Map.of("okrs/a.yaml", "", "okrs/2026/b.yaml", "", "okrs/archive/c.yaml", ""));
        DirectorySource source = new DirectorySource(folder());

        assertThat(source.list("okrs")).containsExactly("a.yaml");
        assertThat(source.folders("okrs")).containsExactly("2026", "archive");
        assertThat(source.folders("")).containsExactly("okrs");
        assertThat(source.list("okrs/2026")).containsExactly("b.yaml");
    }

    @Test
    void readsNoMoreThanTheLoaderAccepts() throws Exception {
        write("strategy.yaml", new byte[6 * 1024 * 1024]);

        assertThat(new DirectorySource(folder()).read("strategy.yaml")).hasValueSatisfying(
                bytes -> assertThat(bytes).hasSize(5 * 1024 * 1024 + 1));
        assertThat(failure().problems()).extracting(p -> p.format("")).containsExactly(
                "strategy.yaml: file is larger than 5 MB, the limit for one file of the strategy");
    }
}
