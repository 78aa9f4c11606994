package dev.tradeoff.diff;

import dev.tradeoff.load.PathListing;
import dev.tradeoff.load.StrategySource;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.NoWorkTreeException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The strategy folder as it is at a git ref (a branch, tag, commit or expression such as
 * {@code HEAD~1}), read from the repository's object database: the work tree and the index are
 * never read or written. The repository is found by walking up from the strategy folder, and the
 * folder's path inside the repository is its path below the work tree root.
 *
 * <p>{@link #open} reads the folder's files (the top level and one level of sub-folders, the
 * layout of SPEC.md section 1) into memory and closes the repository, so a {@code GitSource} holds
 * no resources. A commit without the folder (one before the strategy was added, or moved there) is
 * read as a folder that does not {@link #exists() exist}: the caller decides what an absent base means. Symbolic links and submodules are skipped without a word: unlike
 * {@code DirectorySource}, which reports each link it will not follow, the base of a diff is the
 * head as it was, whose own build reports its links.
 */
public final class GitSource implements StrategySource {

    /** Read at most this much of a file: the loader's 5 MB limit and one byte to see it is exceeded. */
    private static final int MAX_BYTES = 5 * 1024 * 1024 + 1;

    private final String ref;
    private final String commit;
    private final String folder;
    private final boolean exists;
    private final SortedMap<String, byte[]> files;
    /** The folders inside the strategy's folders, as {@code initiatives/archive/}: the loader reports them. */
    private final List<String> nestedFolders;

    private GitSource(String ref, String commit, String folder, FolderContents contents) {
        this.ref = ref;
        this.commit = commit;
        this.folder = folder;
        this.exists = contents != FolderContents.ABSENT;
        this.files = Collections.unmodifiableSortedMap(contents.files());
        this.nestedFolders = List.copyOf(contents.nestedFolders());
    }

    /** What the strategy folder holds at the commit: the files it reads, and the folders one level deeper. */
    private record FolderContents(SortedMap<String, byte[]> files, List<String> nestedFolders) {

        /** The folder is not at the commit. */
        static final FolderContents ABSENT = new FolderContents(Collections.emptySortedMap(), List.of());
    }

    /**
     * Reads {@code strategyDirectory} as it is at {@code ref} in the repository that contains it.
     *
     * @throws DiffException when no repository contains the folder, the ref is unknown (or not in a
     *                       shallow clone), or a file is where the folder should be at that ref; the
     *                       message names the ref and folder
     */
    public static GitSource open(Path strategyDirectory, String ref) throws DiffException, IOException {
        if (ref == null || ref.isBlank()) {
            throw new DiffException("The git ref of the base is empty: name a branch, tag or commit, e.g. origin/main");
        }
        Path folderOnDisk = realPath(strategyDirectory);
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(nearestFolder(folderOnDisk).toFile());
        if (builder.getGitDir() == null) {
            throw new DiffException("Cannot read the base at git ref '" + ref + "': no git repository contains "
                    + slashes(folderOnDisk) + ". Use a folder as the base instead, or run inside a clone.");
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            String folder = folderInRepository(repository, folderOnDisk, ref);
            ObjectId commitId = resolve(repository, ref);
            try (RevWalk walk = new RevWalk(repository)) {
                RevCommit commit = walk.parseCommit(commitId);
                String name = commitId.name();
                return new GitSource(ref, name, folder, readFolder(repository, commit.getTree(), folder, ref, name));
            }
        }
    }

    /** The ref as the user gave it. */
    public String ref() {
        return ref;
    }

    /** The full id of the commit the ref resolved to. */
    public String commit() {
        return commit;
    }

    /** The strategy folder's path inside the repository, '/'-separated; {@code ""} when it is the root. */
    public String folder() {
        return folder;
    }

    /** Whether the strategy folder exists at the commit; when not, the source holds no file. */
    @Override
    public boolean exists() {
        return exists;
    }

    /** {@code origin/main:src/strategy}: the ref and the folder, as git spells a path at a revision. */
    @Override
    public String describe() {
        return ref + ":" + folder;
    }

    @Override
    public List<String> list(String subfolder) {
        return PathListing.files(files.keySet(), subfolder);
    }

    @Override
    public List<String> folders(String subfolder) {
        List<String> all = new ArrayList<>(files.keySet());
        all.addAll(nestedFolders);
        return PathListing.folders(all, subfolder);
    }

    @Override
    public Optional<byte[]> read(String relativePath) {
        byte[] bytes = files.get(relativePath);
        return bytes == null ? Optional.empty() : Optional.of(bytes.clone());
    }

    /**
     * The longest ref looked up: git stores refs as files, and a longer name makes JGit fail on the
     * file system and log each failure with its stack trace before it answers "unknown".
     */
    private static final int LONGEST_REF = 255;

    private static ObjectId resolve(Repository repository, String ref) throws DiffException, IOException {
        if (ref.length() > LONGEST_REF) {
            throw new DiffException("The git ref '" + ref.substring(0, 40) + "...' is not a valid revision: it has "
                    + ref.length() + " characters, and a git ref has at most " + LONGEST_REF);
        }
        ObjectId id;
        try {
            id = repository.resolve(ref + "^{commit}");
        } catch (AmbiguousObjectException e) {
            throw new DiffException("The git ref '" + ref + "' is ambiguous: more than one object starts with it;"
                    + " give more digits of the commit id or a branch or tag name");
        } catch (IncorrectObjectTypeException e) {
            throw new DiffException("The git ref '" + ref + "' does not name a commit");
        } catch (RevisionSyntaxException e) {
            if (ref.contains("@{")) {
                throw atForm(ref);
            }
            throw new DiffException("The git ref '" + ref + "' is not a valid revision"
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (MissingObjectException e) {
            // A full commit id names itself whether or not the repository holds it.
            throw unknown(repository, ref);
        }
        if (id == null) {
            throw ref.contains("@{") ? atForm(ref) : unknown(repository, ref);
        }
        return id;
    }

    /** git's {@code @{…}} forms, of which JGit reads only some ({@code @{upstream}}, not {@code @{u}}). */
    private static DiffException atForm(String ref) {
        return new DiffException("The git ref '" + ref + "' uses git's @{…} form, which is read here only in part"
                + " (@{upstream} is; @{u}, @{-1} and dates are not): name the branch or commit, such as origin/main");
    }

    private static DiffException unknown(Repository repository, String ref) throws IOException {
        if (!repository.getObjectDatabase().getShallowCommits().isEmpty()) {
            // The usual CI checkout: the base branch or HEAD~1 exists upstream but was not fetched.
            return new DiffException("The git ref '" + ref + "' is not in the repository at "
                    + slashes(repository.getDirectory().toPath()) + ": this clone is shallow (fetched with --depth),"
                    + " so the base commit is not in it. Fetch it with `git fetch --deepen=<n>` (or"
                    + " `git fetch origin <branch>`), or check out with `fetch-depth: 0` in actions/checkout.");
        }
        String remote = remoteBranchNamed(repository, ref);
        return new DiffException("Unknown git ref '" + ref + "' in the repository at "
                + slashes(repository.getDirectory().toPath()) + ": it is not a branch, tag or commit there"
                + (remote == null ? "." : "; did you mean '" + remote + "', the remote's branch?")
                + " If this runs in CI, fetch the full history (actions/checkout with fetch-depth: 0) so that the"
                + " base branch exists.");
    }

    /**
     * The remote-tracking branch of that name ("origin/main" for "main"), where there is one: a clone
     * has only its remote's branches until one is checked out. The first by name if several remotes
     * have it; null for none.
     */
    private static String remoteBranchNamed(Repository repository, String ref) throws IOException {
        String prefix = Constants.R_REMOTES;
        return repository.getRefDatabase().getRefsByPrefix(prefix).stream()
                .map(r -> r.getName().substring(prefix.length()))
                .filter(name -> name.endsWith("/" + ref) && name.indexOf('/') == name.length() - ref.length() - 1)
                .sorted()
                .findFirst()
                .orElse(null);
    }

    /** The path of {@code folderOnDisk} below the work tree root, '/'-separated. */
    private static String folderInRepository(Repository repository, Path folderOnDisk, String ref)
            throws DiffException {
        Path workTree;
        try {
            workTree = realPath(repository.getWorkTree().toPath());
        } catch (NoWorkTreeException e) {
            throw new DiffException("Cannot read the base at git ref '" + ref + "': the repository at "
                    + slashes(repository.getDirectory().toPath()) + " has no work tree");
        }
        if (!folderOnDisk.startsWith(workTree)) {
            throw new DiffException("Cannot read the base at git ref '" + ref + "': the strategy folder "
                    + slashes(folderOnDisk) + " is not inside the work tree " + slashes(workTree));
        }
        return workTree.relativize(folderOnDisk).toString().replace(File.separatorChar, '/');
    }

    /**
     * The regular files of the folder at {@code tree}: its top level and the files directly inside
     * its sub-folders, by path relative to the folder; and the folders inside those sub-folders.
     * {@link FolderContents#ABSENT} when the folder is not in the tree.
     */
    private static FolderContents readFolder(Repository repository, RevTree tree, String folder,
            String ref, String commit) throws DiffException, IOException {
        try (ObjectReader reader = repository.newObjectReader()) {
            ObjectId folderTree = tree;
            if (!folder.isEmpty()) {
                try (TreeWalk at = TreeWalk.forPath(reader, folder, tree)) {
                    if (at == null) {
                        return FolderContents.ABSENT;
                    }
                    if (at.getFileMode(0) != FileMode.TREE) {
                        throw new DiffException("The git ref '" + ref + "' (commit " + commit.substring(0, 7)
                                + ") has no folder '" + folder + "' (it is a file there)");
                    }
                    folderTree = at.getObjectId(0);
                }
            }
            SortedMap<String, byte[]> files = new TreeMap<>();
            List<String> nestedFolders = new ArrayList<>();
            try (TreeWalk walk = new TreeWalk(repository, reader)) {
                walk.addTree(folderTree);
                walk.setRecursive(false);
                while (walk.next()) {
                    FileMode mode = walk.getFileMode(0);
                    if (mode == FileMode.TREE) {
                        if (walk.getDepth() == 0) {
                            walk.enterSubtree();
                        } else {
                            nestedFolders.add(walk.getPathString() + "/");
                        }
                    } else if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
                        files.put(walk.getPathString(), bytes(reader.open(walk.getObjectId(0), Constants.OBJ_BLOB)));
                    }
                }
            }
            return new FolderContents(files, nestedFolders);
        }
    }

    /**
     * At most {@link #MAX_BYTES} of a blob. A small blob is in memory already once opened: taken as
     * it is (JGit's own array, never changed here: {@link #read} hands out copies) rather than copied
     * through a stream.
     */
    private static byte[] bytes(ObjectLoader blob) throws IOException {
        if (!blob.isLarge() && blob.getSize() <= MAX_BYTES) {
            return blob.getCachedBytes();
        }
        try (InputStream in = blob.openStream()) {
            return in.readNBytes(MAX_BYTES);
        }
    }

    /** The real path when it exists (so symbolic links such as /tmp on macOS compare equal), else absolute. */
    private static Path realPath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = nearestFolder(absolute);
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }

    /** {@code path} itself or its nearest ancestor that exists. */
    private static Path nearestFolder(Path path) {
        Path p = path.toAbsolutePath().normalize();
        while (p.getParent() != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p;
    }

    private static String slashes(Path path) {
        return path.toString().replace(File.separatorChar, '/');
    }
}
