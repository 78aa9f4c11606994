package dev.tradeoff.load;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warns of a page's relative images that will not show: {@code ![Diagram](diagram.png)} (or a link
 * to {@code diagram.png}, or a reference {@code [d]: diagram.png}) when no such image sits beside the
 * pages to be copied ({@link PageImages}). A broken image does not stop a build, so it is a warning.
 * Addresses with a scheme, absolute ones, fragments and anything leaving {@code pages/} are not
 * checked; nor is code (fenced blocks and inline code spans), where such text is an example.
 */
final class ImageLinks {

    /** Longer targets are no image's address; bounding them keeps a hostile line linear. */
    private static final int MAX_TARGET = 2000;
    /** A link reference definition, {@code [label]: target}: group 1 is the target. */
    private static final Pattern DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*(<[^>\\n]*>|\\S+)");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]*:");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private ImageLinks() {
    }

    /**
     * Warns in {@code problems} of each image of the page {@code file} whose target is not in
     * {@code images} (paths relative to {@code pages/}). {@code text} is the whole file with
     * {@code \r\n} read as {@code \n}; its body, the Markdown, starts at {@code bodyStart}.
     */
    static void check(String file, String text, int bodyStart, Set<String> images, Problems problems) {
        String fence = null;
        int lineStart = bodyStart;
        while (lineStart < text.length()) {
            int end = text.indexOf('\n', lineStart);
            end = end < 0 ? text.length() : end;
            String line = text.substring(lineStart, end);
            Matcher opens = FENCE.matcher(line);
            if (fence == null && opens.find()) {
                fence = opens.group(1);
            } else if (fence != null) {
                String closing = line.strip();
                char mark = fence.charAt(0);
                if (closing.startsWith(fence) && closing.chars().allMatch(c -> c == mark)) {
                    fence = null;
                }
            } else {
                checkLine(file, text, lineStart, blankCode(line), images, problems);
            }
            lineStart = end + 1;
        }
    }

    private static void checkLine(String file, String text, int lineStart, String line, Set<String> images,
            Problems problems) {
        Matcher definition = DEFINITION.matcher(line);
        if (definition.find()) {
            check(file, text, lineStart + definition.start(1), definition.group(1), false, images, problems);
            return;
        }
        // Each "](" closes a link's text; its '[' is the nearest bracket before it. Found this way,
        // never by a pattern that tries every '[', the scan stays linear on any line.
        for (int close = line.indexOf("]("); close >= 0; close = line.indexOf("](", close + 2)) {
            int open = close - 1;
            while (open >= 0 && line.charAt(open) != '[' && line.charAt(open) != ']') {
                open--;
            }
            if (open < 0 || line.charAt(open) != '[') {
                continue;
            }
            int start = close + 2;
            while (start < line.length() && (line.charAt(start) == ' ' || line.charAt(start) == '\t')) {
                start++;
            }
            String target = target(line, start);
            if (target != null) {
                check(file, text, lineStart + start, target, open > 0 && line.charAt(open - 1) == '!', images,
                        problems);
            }
        }
    }

    /** The target that starts at {@code start}: {@code <...>} or up to a blank or ')'; null when there is none. */
    private static String target(String line, int start) {
        int limit = Math.min(line.length(), start + MAX_TARGET);
        if (start < line.length() && line.charAt(start) == '<') {
            int end = line.indexOf('>', start);
            return end < 0 || end >= limit ? null : line.substring(start, end + 1);
        }
        int end = start;
        while (end < limit && line.charAt(end) != ' ' && line.charAt(end) != '\t' && line.charAt(end) != ')') {
            end++;
        }
        return end == start || end == start + MAX_TARGET ? null : line.substring(start, end);
    }

    private static void check(String file, String text, int at, String target, boolean isImage, Set<String> images,
            Problems problems) {
        String address = target.startsWith("<") ? target.substring(1, target.length() - 1) : target;
        String path = inPages(address);
        if (path == null || (!isImage && !PageImages.isImage(path)) || images.contains(path)) {
            return;
        }
        TextPosition position = TextPosition.of(text, at);
        problems.warn(file, position.line(), position.column(), (isImage ? "image '" : "link to '") + address
                + "' will not show: there is no such image beside the pages (the " + PageImages.extensions()
                + " files in pages/ and pages/" + PageImages.FOLDER + "/ are copied into the site); add it there"
                + " or correct the address");
    }

    /** The file {@code address} names, relative to {@code pages/}; null when it has a scheme, is absolute or leaves pages/. */
    private static String inPages(String address) {
        if (address.isEmpty() || address.startsWith("/") || address.startsWith("#") || address.startsWith("\\")
                || SCHEME.matcher(address).find()) {
            return null;
        }
        String path = address.replaceFirst("[?#].*$", "");
        try {
            path = java.net.URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            // A lone '%': the address is taken as written.
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return segments.isEmpty() ? null : String.join("/", segments);
    }

    /** The line with its inline code spans blanked out, so that positions stay where they are. */
    private static String blankCode(String line) {
        if (line.indexOf('`') < 0) {
            return line;
        }
        // The runs of backticks; a span runs from one to the next of the same length.
        List<int[]> runs = new ArrayList<>();
        Map<Integer, Deque<Integer>> byLength = new HashMap<>();
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '`') {
                int start = i;
                while (i + 1 < line.length() && line.charAt(i + 1) == '`') {
                    i++;
                }
                byLength.computeIfAbsent(i + 1 - start, length -> new ArrayDeque<>()).addLast(runs.size());
                runs.add(new int[] {start, i + 1 - start});
            }
        }
        StringBuilder blanked = new StringBuilder(line);
        for (int r = 0; r < runs.size(); r++) {
            Deque<Integer> same = byLength.get(runs.get(r)[1]);
            while (!same.isEmpty() && same.peekFirst() <= r) {
                same.pollFirst();
            }
            if (same.isEmpty()) {
                continue;
            }
            int closing = same.pollFirst();
            int[] last = runs.get(closing);
            for (int i = runs.get(r)[0]; i < last[0] + last[1]; i++) {
                blanked.setCharAt(i, ' ');
            }
            r = closing;
        }
        return blanked.toString();
    }
}
