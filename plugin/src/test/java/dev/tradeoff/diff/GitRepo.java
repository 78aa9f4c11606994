package dev.tradeoff.diff;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A real git repository in a temporary folder, with the strategy in {@code src/strategy}. */
final class GitRepo implements AutoCloseable {

    private static final PersonIdent AUTHOR = new PersonIdent("Test", "test@example.com",
            Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);

    final Path root;
    final Path strategy;
    final Git git;

    private GitRepo(Path root) throws Exception {
        this.root = root;
        this.strategy = root.resolve("src/strategy");
        this.git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
    }

    static GitRepo init(Path root) throws Exception {
        return new GitRepo(root);
    }

    /** Writes {@code files} as the strategy folder (nothing else in it) without committing. */
    GitRepo write(StrategyFiles files) throws Exception {
        files.writeTo(strategy);
        return this;
    }

    /** Stages every change, deletions included, and commits. */
    RevCommit commit(String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        return git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call();
    }

    /** Writes {@code files} as the strategy folder and commits them. */
    RevCommit commit(StrategyFiles files, String message) throws Exception {
        write(files);
        return commit(message);
    }

    @Override
    public void close() {
        git.close();
    }
}
