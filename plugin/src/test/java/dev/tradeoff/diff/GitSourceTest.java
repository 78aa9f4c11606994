package dev.tradeoff.diff;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitSourceTest {

    @TempDir
    Path dir;

    @Test
    void readsTheStrategyFolderAsItIsAtARef() throws Exception {
        try (GitRepo repo = GitRepo.init(dir)) {
            RevCommit first = repo.commit(StrategyFiles.base(), "base");
            repo.commit(StrategyFiles.head(), "head");

            GitSource source = GitSource.open(repo.strategy, "HEAD~1");

            assertThat(source.commit()).isEqualTo(first.getName());
            assertThat(source.folder()).isEqualTo("src/strategy");
            assertThat(source.describe()).isEqualTo("HEAD~1:src/strategy");
            assertThat(source.list("")).containsExactly("scale.yaml", "strategy.yaml");
            assertThat(source.list("initiatives"))
                    .containsExactly("checkout.yaml", "core-platform.yaml", "legacy-cleanup.yaml", "reporting.yaml");
            assertThat(source.list("okrs")).containsExactly("grow.yaml");
            assertThat(source.list("pages")).isEmpty();
            assertThat(new String(source.read("initiatives/checkout.yaml").orElseThrow(), UTF_8))
                    .isEqualTo(StrategyFiles.base().files().get("initiatives/checkout.yaml"));
            assertThat(source.read("initiatives/new-api.yaml")).isEmpty();
            assertThat(source.read("initiatives")).isEmpty();
        }
    }

    @Test
    void listsTheFoldersInsideTheStrategysFolders() throws Exception {
        try (GitRepo repo = GitRepo.init(dir)) {
            StrategyFiles files = StrategyFiles.base();
            files.put("initiatives/payments/ledger.yaml", "title: Ledger\n");
            files.put("initiatives/payments/deeper/x.yaml", "title: X\n");
            repo.commit(files, "nested");

            GitSource source = GitSource.open(repo.strategy, "HEAD");

            assertThat(source.folders("initiatives")).containsExactly("payments");
            assertThat(source.folders("")).contains("initiatives");
            assertThat(source.list("initiatives")).doesNotContain("payments", "ledger.yaml");
            assertThat(source.read("initiatives/payments/ledger.yaml")).isEmpty();
        }
    }

    @Test
    void resolvesBranchesTagsAndCommitIds() throws Exception {
        try (GitRepo repo = GitRepo.init(dir)) {
            RevCommit first = repo.commit(StrategyFiles.base(), "base");
            repo.git.tag().setName("v1").setObjectId(first).setAnnotated(true).setMessage("v1").setSigned(false).call();
            repo.git.branchCreate().setName("plan-2027").setStartPoint(first).call();
            repo.commit(StrategyFiles.head(), "head");

            for (String ref : List.of("v1", "plan-2027", "refs/heads/plan-2027", first.getName(),
                    first.getName().substring(0, 10), "main~1")) {
                GitSource source = GitSource.open(repo.strategy, ref);
                assertThat(source.commit()).as(ref).isEqualTo(first.getName());
                assertThat(source.list("initiatives")).as(ref).contains("reporting.yaml").doesNotContain("new-api.yaml");
            }
            assertThat(GitSource.open(repo.strategy, "HEAD").list("initiatives")).contains("new-api.yaml");
        }
    }

    @Test
    void findsTheRepositoryFromANestedStrategyFolder() throws Exception {
        try (GitRepo repo = GitRepo.init(dir)) {
            repo.commit(StrategyFiles.base(), "base");
            // A relative, unnormalised path to the folder still maps to src/strategy in the repository.
            Path roundabout = repo.root.resolve("src/strategy/initiatives/../");
            assertThat(GitSource.open(roundabout, "HEAD").folder()).isEqualTo("src/strategy");
        }
    }

    @Test
    void aStrategyAtTheRootOfTheRepository() throws Exception {
        try (GitRepo repo = GitRepo.init(dir)) {
            StrategyFiles.base().files().forEach((path, text) -> write(dir.resolve(path), text));
            repo.commit("at the root");
            GitSource source = GitSource.open(dir, "HEAD");
            assertThat(source.folder()).isEmpty();
            assertThat(source.describe()).isEqualTo("HEAD:");
            assertThat(source.list("")).containsExactly("scale.yaml", "strategy.yaml");
            assertThat(source.list("initiatives")).hasSize(4);
        }
    }

    @Test
    void anUnknownRefIsNamed() throws Exception {
        try (GitRepo repo = GitRepo.init(dir)) {
            repo.commit(StrategyFiles.base(), "base");
            assertThatThrownBy(() -> GitSource.open(repo.strategy, "origin/mian"))
                    .isInstanceOf(DiffException.class)
                    .hasMessageStartingWith("Unknown git ref 'origin/mian' in the repository at ")
                    .hasMessageContaining("fetch-depth: 0");
            assertThatThrownBy(() -> GitSource.open(repo.strategy, "HEAD~5"))
                    .isInstanceOf(DiffException.class)
                    .hasMessageContaining("'HEAD~5'");
            assertThatThrownBy(() -> GitSource.open(repo.strategy, "main..other"))
                    .isInstanceOf(DiffException.class)
                    .hasMessageContaining("'main..other'");
            assertThatThrownBy(() -> GitSource.open(repo.strategy, " "))
                    .isInstanceOf(DiffException.class)
                    .hasMessageContaining("empty");
            // A full commit id resolves to itself, present or not; JGit then said "Missing unknown …".
            assertThatThrownBy(() -> GitSource.open(repo.strategy, "4b825dc642cb6eb9a060e54bf8d69288fbee4904"))
                    .isInstanceOf(DiffException.class)
                    .hasMessageStartingWith("Unknown git ref '4b825dc642cb6eb9a060e54bf8d69288fbee4904' in the repository at ");
            // Looked up as files, a 5,000-character ref failed on the file system with logged stack traces.
            assertThatThrownBy(() -> GitSource.open(repo.strategy, "x".repeat(5000)))
                    .isInstanceOf(DiffException.class)
                    .hasMessage("The git ref '" + "x".repeat(40) + "...' is not a valid revision: it has 5000"
                            + " characters, and a git ref has at most 255");
        }
    }

    @Test
    void aRefWithoutTheStrategyFolderIsAnEmptyFolderThatDoesNotExist() throws Exception {
        try (GitRepo repo = GitRepo.init(dir)) {
            write(dir.resolve("README.md"), "before the strategy\n");
            RevCommit before = repo.commit("readme");
            repo.commit(StrategyFiles.base(), "strategy");

            GitSource source = GitSource.open(repo.strategy, "HEAD~1");

            assertThat(source.exists()).isFalse();
            assertThat(source.commit()).isEqualTo(before.getName());
            assertThat(source.list("")).isEmpty();
            assertThat(source.folders("")).isEmpty();
            assertThat(source.read("strategy.yaml")).isEmpty();
            assertThat(GitSource.open(repo.strategy, "HEAD").exists()).isTrue();
        }
    }

    @Test
    void aBranchOnlyTheRemoteHasIsSuggestedAndGitsAtFormsAreNamed() throws Exception {
        Path upstream = dir.resolve("upstream");
        try (GitRepo repo = GitRepo.init(upstream)) {
            repo.commit(StrategyFiles.base(), "base");
            try (Git git = Git.open(upstream.toFile())) {
                git.branchCreate().setName("release").call();
            }
        }
        Path clone = dir.resolve("clone");
        try (Git git = Git.cloneRepository().setURI(upstream.toUri().toString()).setDirectory(clone.toFile()).call()) {
            assertThat(git.getRepository().findRef("refs/remotes/origin/release")).isNotNull();
        }
        Path strategy = clone.resolve("src/strategy");

        assertThatThrownBy(() -> GitSource.open(strategy, "release"))
                .isInstanceOf(DiffException.class)
                .hasMessageContaining("it is not a branch, tag or commit there; did you mean 'origin/release', the"
                        + " remote's branch?");
        assertThat(GitSource.open(strategy, "origin/release").exists()).isTrue();
        // JGit's message for these was null: "is not a valid revision: null".
        for (String at : new String[] {"@{u}", "@{-1}", "main@{yesterday}"}) {
            assertThatThrownBy(() -> GitSource.open(strategy, at))
                    .isInstanceOf(DiffException.class)
                    .hasMessage("The git ref '" + at + "' uses git's @{…} form, which is read here only in part"
                            + " (@{upstream} is; @{u}, @{-1} and dates are not): name the branch or commit, such as"
                            + " origin/main");
        }
    }

    @Test
    void aShallowCloneSaysTheBaseWasNotFetched() throws Exception {
        Path upstream = dir.resolve("upstream");
        try (GitRepo repo = GitRepo.init(upstream)) {
            repo.commit(StrategyFiles.base(), "base");
            repo.commit(StrategyFiles.head(), "head");
        }
        Path clone = dir.resolve("clone");
        // As actions/checkout does by default: only the head commit, with .git/shallow naming it.
        try (Git git = Git.cloneRepository().setURI(upstream.toUri().toString()).setDirectory(clone.toFile())
                .setDepth(1).call()) {
            assertThat(clone.resolve(".git/shallow")).isRegularFile();
        }
        Path strategy = clone.resolve("src/strategy");

        assertThat(GitSource.open(strategy, "HEAD").list("initiatives")).contains("new-api.yaml");
        assertThatThrownBy(() -> GitSource.open(strategy, "HEAD~1"))
                .isInstanceOf(DiffException.class)
                .hasMessageStartingWith("The git ref 'HEAD~1' is not in the repository at ")
                .hasMessageContaining("this clone is shallow (fetched with --depth), so the base commit is not in it")
                .hasMessageContaining("git fetch --deepen=")
                .hasMessageContaining("fetch-depth: 0");
        assertThatThrownBy(() -> GitSource.open(strategy, "origin/mian"))
                .isInstanceOf(DiffException.class).hasMessageContaining("this clone is shallow");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNotAFolder() throws Exception {
        try (GitRepo repo = GitRepo.init(dir)) {
            write(dir.resolve("src/strategy"), "not a folder\n");
            repo.commit("a file");
            Files.delete(dir.resolve("src/strategy"));
            repo.commit(StrategyFiles.base(), "strategy");
            assertThatThrownBy(() -> GitSource.open(repo.strategy, "HEAD~1"))
                    .isInstanceOf(DiffException.class)
                    .hasMessageContaining("has no folder 'src/strategy' (it is a file there)");
        }
    }

    @Test
    void noRepositoryIsAClearError() throws Exception {
        Path folder = dir.resolve("plain/strategy");
        StrategyFiles.base().writeTo(folder);
        assertThatThrownBy(() -> GitSource.open(folder, "main"))
                .isInstanceOf(DiffException.class)
                .hasMessageContaining("Cannot read the base at git ref 'main': no git repository contains");
    }

    @Test
    void readingARefLeavesTheWorkTreeAndTheIndexAlone() throws Exception {
        try (GitRepo repo = GitRepo.init(dir)) {
            repo.commit(StrategyFiles.base(), "base");
            repo.commit(StrategyFiles.head(), "head");
            assertThat(repo.git.status().call().isClean()).isTrue();

            GitSource.open(repo.strategy, "HEAD~1");

            assertThat(repo.git.status().call().isClean()).isTrue();
            assertThat(Files.readString(repo.strategy.resolve("initiatives/core-platform.yaml")))
                    .contains("start: 2027-Q4");
            assertThat(repo.strategy.resolve("initiatives/reporting.yaml")).doesNotExist();
        }
    }

    @Test
    void readingARefKeepsUncommittedAndStagedEditsAsTheyWere() throws Exception {
        try (GitRepo repo = GitRepo.init(dir)) {
            repo.commit(StrategyFiles.base(), "base");
            repo.commit(StrategyFiles.head(), "head");
            write(repo.strategy.resolve("initiatives/checkout.yaml"), "staged edit\n");
            repo.git.add().addFilepattern("src/strategy/initiatives/checkout.yaml").call();
            write(repo.strategy.resolve("initiatives/new-api.yaml"), "unstaged edit\n");
            write(repo.strategy.resolve("initiatives/untracked.yaml"), "untracked\n");
            Status before = repo.git.status().call();
            List<String> indexBefore = index(repo);

            GitSource source = GitSource.open(repo.strategy, "HEAD~1");

            assertThat(new String(source.read("initiatives/checkout.yaml").orElseThrow(), UTF_8)).contains("title: Checkout\n");
            Status after = repo.git.status().call();
            assertThat(after.getChanged()).isEqualTo(before.getChanged()).containsExactly("src/strategy/initiatives/checkout.yaml");
            assertThat(after.getModified()).isEqualTo(before.getModified()).containsExactly("src/strategy/initiatives/new-api.yaml");
            assertThat(after.getUntracked()).isEqualTo(before.getUntracked());
            assertThat(index(repo)).isEqualTo(indexBefore);
            assertThat(Files.readString(repo.strategy.resolve("initiatives/checkout.yaml"))).isEqualTo("staged edit\n");
            assertThat(Files.readString(repo.strategy.resolve("initiatives/new-api.yaml"))).isEqualTo("unstaged edit\n");
        }
    }

    private static List<String> index(GitRepo repo) throws Exception {
        DirCache cache = DirCache.read(repo.git.getRepository());
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < cache.getEntryCount(); i++) {
            entries.add(cache.getEntry(i).getPathString() + " " + cache.getEntry(i).getObjectId().name());
        }
        return entries;
    }

    private static void write(Path path, String text) {
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aRefOfTheLongestLengthIsLookedUpAndTheRepositoryNamed() throws Exception {
        try (GitRepo repo = GitRepo.init(dir)) {
            repo.commit(StrategyFiles.base(), "base");
            String longest = "x".repeat(255);

            assertThatThrownBy(() -> GitSource.open(repo.strategy, longest))
                    .isInstanceOf(DiffException.class)
                    .hasMessageStartingWith("Unknown git ref '" + longest + "' in the repository at "
                            + dir.toRealPath().resolve(".git").toString().replace('\\', '/') + ": it is not a branch");
        }
    }

    @Test
    void executableFilesAreReadAndSymbolicLinksSkipped() throws Exception {
        try (GitRepo repo = GitRepo.init(dir)) {
            repo.write(StrategyFiles.base());
            Path reporting = repo.strategy.resolve("initiatives/reporting.yaml");
            assumeTrue(reporting.toFile().setExecutable(true), "no executable bit here");
            try {
                Files.createSymbolicLink(repo.strategy.resolve("initiatives/link.yaml"), reporting);
            } catch (UnsupportedOperationException | IOException e) {
                assumeTrue(false, "symbolic links are not supported here");
            }
            repo.commit("an executable file and a link");

            GitSource source = GitSource.open(repo.strategy, "HEAD");

            assertThat(source.list("initiatives"))
                    .containsExactly("checkout.yaml", "core-platform.yaml", "legacy-cleanup.yaml", "reporting.yaml");
            assertThat(source.read("initiatives/reporting.yaml")).isPresent();
        }
    }

    @Test
    void aFileOverTheLoadersLimitIsReadToJustPastIt() throws Exception {
        try (GitRepo repo = GitRepo.init(dir)) {
            repo.write(StrategyFiles.base());
            Files.write(repo.strategy.resolve("initiatives/huge.yaml"), new byte[6 * 1024 * 1024]);
            repo.commit("a 6 MB file");

            GitSource source = GitSource.open(repo.strategy, "HEAD");

            // The loader's 5 MB and one byte more, enough to say it is too large.
            assertThat(source.read("initiatives/huge.yaml")).hasValueSatisfying(
                    bytes -> assertThat(bytes).hasSize(5 * 1024 * 1024 + 1));
        }
    }

    @Test
    void aStrategyFolderGoneFromTheWorkTreeIsFoundThroughALinkedPath() throws Exception {
        Path real = dir.resolve("real");
        Path linked = dir.resolve("linked");
        try (GitRepo repo = GitRepo.init(real)) {
            repo.commit(StrategyFiles.base(), "base");
            try {
                Files.createSymbolicLink(linked, real);
            } catch (UnsupportedOperationException | IOException e) {
                assumeTrue(false, "symbolic links are not supported here");
            }
            // Deleted from the work tree, as the pull request that moves it does: its nearest
            // existing folder gives its real path.
            try (var paths = Files.walk(repo.strategy)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }

            GitSource source = GitSource.open(linked.resolve("src/strategy"), "HEAD");

            assertThat(source.folder()).isEqualTo("src/strategy");
            assertThat(source.list("initiatives")).hasSize(4);
        }
    }
}
