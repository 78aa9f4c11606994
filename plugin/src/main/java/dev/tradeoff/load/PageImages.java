package dev.tradeoff.load;

import dev.tradeoff.model.PageImage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The images beside the pages: files in {@code pages/} and {@code pages/images/} ending in one of
 * {@link #EXTENSIONS}, copied into the site as they are so that {@code ![Diagram](diagram.png)}
 * in a page shows. The size limit is that of every file of the strategy. An SVG may carry script,
 * which runs when the file is opened on its own (not when a page shows it as an image): an SVG with
 * a script, an event handler or a {@code javascript:} address is a problem, never published.
 */
final class PageImages {

    /** The file types copied, in lower case; any case is accepted (diagram.PNG). */
    static final List<String> EXTENSIONS = List.of("png", "jpg", "jpeg", "gif", "svg", "webp");
    /** The one folder below {@code pages/} whose images are copied too. */
    static final String FOLDER = "images";

    private static final Pattern ACTIVE_SVG = Pattern.compile(
            "<script|\\son[a-z]+\\s*=|javascript:", Pattern.CASE_INSENSITIVE);

    private PageImages() {
    }

    static boolean isImage(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** "png, jpg, jpeg, gif, svg and webp": for messages. */
    static String extensions() {
        return String.join(", ", EXTENSIONS.subList(0, EXTENSIONS.size() - 1)) + " and "
                + EXTENSIONS.get(EXTENSIONS.size() - 1);
    }

    /**
     * The image at {@code path} ({@code pages/...}), read as {@code bytes}; null after recording why
     * it cannot be published (too large, a name no web address can have, an SVG with script).
     */
    static PageImage read(String path, Optional<byte[]> bytes, Problems problems) {
        if (bytes.isEmpty()) {
            // Gone since the folder was listed: nothing to copy, as if it had never been there.
            return null;
        }
        byte[] content = bytes.get();
        if (content.length > SourceText.MAX_BYTES) {
            problems.add(path, "image is larger than 5 MB, the limit for one file of the strategy; make it smaller");
            return null;
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == ':' || c == '\\')) {
            problems.add(path, "not copied: an image's name may not hold ':', '\\' or control characters, which"
                    + " no web address can; rename it");
            return null;
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".svg") && activeSvg(path, content, problems)) {
            return null;
        }
        return new PageImage(path.substring(StrategyFolder.PAGES.length() + 1), content);
    }

    /** Whether the SVG can run script when opened on its own; then recorded as a problem where it does. */
    private static boolean activeSvg(String path, byte[] content, Problems problems) {
        String text = new String(content, StandardCharsets.UTF_8);
        Matcher active = ACTIVE_SVG.matcher(text);
        if (!active.find()) {
            return false;
        }
        // The event handler's match starts at the blank before it.
        int index = Character.isWhitespace(active.group().charAt(0)) ? active.start() + 1 : active.start();
        TextPosition at = TextPosition.of(text, index);
        problems.add(path, at.line(), at.column(), "not copied: this SVG can run script ('"
                + active.group().strip() + "'), which a browser runs when the image is opened on its own;"
                + " remove it (export the drawing again without scripts or links), or save it as PNG");
        return true;
    }
}
