package dev.tradeoff.view;

import java.util.regex.Pattern;

/**
 * Where GitHub would read user text as an {@code @user} or {@code @org/team} mention, and the mark
 * that stops it. A diff comment posted again on every push, or a brief read on GitHub, would
 * otherwise notify whoever a title, an owner or a summary names, each time. GitHub finds mentions
 * in the rendered text, outside code and links, so a backslash before the {@code @} does not stop
 * one; a zero-width space after it does ({@code @&#8203;name}, as Renovate writes release notes), and
 * the text still reads {@code @name}.
 *
 * <p>An {@code @} starts a mention when what comes before it is not an ASCII letter, digit or
 * {@code _} (or nothing) and what follows is an ASCII letter, digit, {@code -} or {@code _}: the
 * user and team patterns of GitHub's html-pipeline, {@code (?:^|\W)@[a-z0-9]}, widened by the two
 * characters a name may hold. So {@code pay@example.com} is an e-mail address, left as it is, and
 * {@code (@payments)}, {@code @org/platform-team} and the second {@code @} of {@code @@x} are
 * mentions. An {@code @} within a web address ({@code https://medium.com/@team/post}) is left too:
 * GitHub links the address, and a link mentions no one.
 */
public final class GitHubMentions {

    /** A zero-width space, written as a reference so that it shows in the Markdown for what it is. */
    public static final String BREAK = "&#8203;";

    /**
     * A web address GitHub links ({@code http://}, {@code https://} or {@code www.} in lower case,
     * a host with a dot) up to a {@code /} or {@code ?}, with nothing in it that Markdown reads or escapes. An
     * address that does not match (longer than {@link #MAX_ADDRESS_CHARS} too) has its mentions
     * broken, which at worst breaks its link.
     */
    private static final Pattern WEB_ADDRESS_BEFORE = Pattern.compile(
            "\\(?(?:https?://|www\\.)[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+[/?][A-Za-z0-9.%+=,:;!$'()?/-]*");

    /** Longer addresses are not looked for, so that text of many {@code /@x} takes time in its length only. */
    private static final int MAX_ADDRESS_CHARS = 500;

    private GitHubMentions() {
    }

    /** Whether the {@code @} at {@code at} in {@code text} starts a mention; the start of {@code text} counts as a space. */
    public static boolean startsMention(CharSequence text, int at) {
        if (text.charAt(at) != '@' || at + 1 >= text.length() || !isNameStart(text.charAt(at + 1))) {
            return false;
        }
        return at == 0 || !isWordChar(text.charAt(at - 1)) && !inWebAddress(text, at);
    }

    private static boolean inWebAddress(CharSequence text, int at) {
        int start = at;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            if (at - --start > MAX_ADDRESS_CHARS) {
                return false;
            }
        }
        return WEB_ADDRESS_BEFORE.matcher(text).region(start, at).matches();
    }

    private static boolean isNameStart(char c) {
        return isWordChar(c) || c == '-';
    }

    /** Ruby's {@code \w}, which GitHub's pattern is written in: ASCII only. */
    private static boolean isWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
