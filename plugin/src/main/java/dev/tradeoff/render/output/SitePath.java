package dev.tradeoff.render.output;

/** The one rule for the paths a {@link SiteOutput} accepts. */
public final class SitePath {

    private SitePath() {
    }

    /**
     * Returns {@code path} when it is relative and {@code '/'}-separated with only plain segments;
     * throws {@link IllegalArgumentException} naming it otherwise.
     */
    static String check(String path) {
        if (path == null) {
            throw new IllegalArgumentException("Output path is missing");
        }
        if (path.isEmpty()) {
            throw reject(path, "it is empty");
        }
        if (path.startsWith("/")) {
            throw reject(path, "it is absolute");
        }
        if (path.indexOf('\\') >= 0) {
            throw reject(path, "it contains a backslash; separate folders with '/'");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw reject(path, "it contains a control character");
            }
            if (c == ':') {
                throw reject(path, "it contains ':' (a drive or stream name on some systems)");
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty()) {
                throw reject(path, "it has an empty segment");
            }
            if (segment.equals(".") || segment.equals("..")) {
                throw reject(path, "it has a '" + segment + "' segment");
            }
        }
        return path;
    }

    /** Whether a {@link SiteOutput} accepts {@code path}: for names that come from outside, such as a user's files. */
    public static boolean allows(String path) {
        try {
            check(path);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static IllegalArgumentException reject(String path, String why) {
        return new IllegalArgumentException("Invalid output path \"" + path + "\": " + why);
    }
}
