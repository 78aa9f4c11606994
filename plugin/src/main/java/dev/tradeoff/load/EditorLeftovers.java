package dev.tradeoff.load;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The files editors, merge tools and file managers leave beside the files they work on: backups,
 * auto-saves, swap and probe files, merge and patch leftovers. They come and go while the user
 * edits, so in the folders Tradeoff reads they are skipped rather than reported (a build says once
 * which it skipped). This is the one list of them; format.md documents it. Hidden files (starting
 * with a dot: {@code .#x.yaml}, {@code .x.yaml.swp}) are skipped anyway.
 */
public final class EditorLeftovers {

    /** The leftovers' endings, compared in lower case. */
    private static final List<String> ENDINGS = List.of(
            "~", // Emacs, gedit, Kate and others: x.yaml~
            "___jb_tmp___", "___jb_old___", // JetBrains IDEs' safe write
            ".orig", ".rej", // merge and patch leftovers
            ".bak", // backups
            ".swp", ".swo", ".swn"); // Vim's swap files, when not hidden
    /** Git mergetool's copies of a conflicted file: x_BACKUP_1234.yaml, x_BASE_1234.yaml, ... */
    private static final Pattern MERGETOOL_COPY = Pattern.compile(".+_(BACKUP|BASE|LOCAL|REMOTE)_[0-9]+(\\..*)?");
    /** Files the operating system's file manager writes into folders with pictures and settings. */
    private static final List<String> FILE_MANAGER = List.of("thumbs.db", "desktop.ini");
    /** Vim probes whether it may write a folder with a file named 4913 (then 5036, 5159, ...), for an instant. */
    private static final int VIM_PROBE = 4913;
    private static final int VIM_PROBE_STEP = 123;

    private EditorLeftovers() {
    }

    /**
     * Whether the loader passes over a file of this name, hidden or a leftover: a preview need not
     * rebuild when one comes or goes.
     */
    public static boolean isSkipped(String name) {
        return name.startsWith(".") || isLeftover(name);
    }

    /** Whether {@code name}, the name of a file in a folder Tradeoff reads, is such a leftover. */
    static boolean isLeftover(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return ENDINGS.stream().anyMatch(lower::endsWith)
                || (name.length() > 2 && name.startsWith("#") && name.endsWith("#")) // Emacs auto-save
                || MERGETOOL_COPY.matcher(name).matches()
                || FILE_MANAGER.contains(lower)
                || isVimProbe(name);
    }

    private static boolean isVimProbe(String name) {
        if (name.isEmpty() || name.length() > 6 || !name.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int number = Integer.parseInt(name);
        return number >= VIM_PROBE && (number - VIM_PROBE) % VIM_PROBE_STEP == 0;
    }
}
