package dev.tradeoff.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tradeoff.model.Strategy;
import java.io.IOException;
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
                "initiatives/payments/:0:0: not read: initiatives/ is read without the folders inside it;"
                        + " move the files of payments/ up into initiatives/",
                "okrs/2026/:0:0: not read: okrs/ is read without the folders inside it;"
                        + " move the files of 2026/ up into okrs/");
    }

    @Test
    void aFolderThatDoesNotExist() {
        StrategyException e = failure();

        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).format("src/strategy/")).isEqualTo("src/strategy:0:0: strategy folder not found"
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
                "Initiative/:0:0: not read: unknown folder 'Initiative/' (did you mean 'initiatives/'?);"
                        + " its files are left out until it is renamed",
                "okr/:0:0: not read: unknown folder 'okr/' (did you mean 'okrs/'?);"
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

    @Test
    void ignoresSymbolicLinks() throws Exception {
        write(ValidStrategy.files());
        Path outside = root.resolve("outside");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("linked.yaml"), ValidStrategy.CHECKOUT_V2);
        try {
            Files.createSymbolicLink(folder().resolve("initiatives/linked.yaml"), outside.resolve("linked.yaml"));
            Files.createSymbolicLink(folder().resolve("pages"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here");
        }
        DirectorySource source = new DirectorySource(folder());

        assertThat(source.list("initiatives")).containsExactly("checkout-v2.yaml", "payments-platform.yaml");
        assertThat(source.read("initiatives/linked.yaml")).isEmpty();
        assertThat(source.list("pages")).isEmpty();
        assertThat(source.read("pages/linked.yaml")).isEmpty();
        assertThat(new StrategyLoader().load(folder()).initiatives()).hasSize(2);
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
                "strategy.yaml:0:0: file is larger than 5 MB, the limit for one file of the strategy");
    }
}
