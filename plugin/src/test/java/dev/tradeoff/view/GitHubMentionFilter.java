package dev.tradeoff.view;

import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The mentions GitHub would find in Markdown once rendered: the user and team patterns of GitHub's
 * html-pipeline ({@code MentionFilter}, {@code TeamMentionFilter}), run over each text node outside
 * {@code a}, {@code code} and {@code pre}, as it runs them. Ruby's {@code ^}, {@code $} and {@code \W}
 * read lines and ASCII, hence {@code MULTILINE} and no Unicode classes. Rendered by flexmark, with
 * tables, as GitHub renders it; flexmark does not link bare web addresses, as GitHub does.
 */
public final class GitHubMentionFilter {

    private static final Pattern USER = Pattern.compile(
            "(?:^|\\W)@([a-z0-9][a-z0-9-]*)(?!/)(?=\\.+[ \\t\\W]|\\.+$|[^0-9a-zA-Z_.]|$)",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern TEAM = Pattern.compile(
            "(?<=^|\\W)@([a-z0-9][a-z0-9-]*)/([a-z0-9][a-z0-9\\-_]*)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final List<String> IGNORED_PARENTS = List.of("a", "code", "pre", "style", "script");

    private static final MutableDataSet TABLES =
            new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    private static final Parser PARSER = Parser.builder(TABLES).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(TABLES)
            .nodeRendererFactory(options -> () -> Set.of(
                    new NodeRenderingHandler<>(ImageRef.class, GitHubMentionFilter::renderImageRef),
                    new NodeRenderingHandler<>(LinkRef.class, GitHubMentionFilter::renderLinkRef)))
            .build();

    private GitHubMentionFilter() {
    }

    /** Each mention in {@code markdown}, {@code @user} or {@code @org/team}, in order; users first within a text node. */
    public static List<String> liveMentions(String markdown) {
        List<String> mentions = new ArrayList<>();
        collect(Jsoup.parseBodyFragment(RENDERER.render(PARSER.parse(markdown))).body(), mentions);
        return mentions;
    }

    /**
     * An image reference with no definition as CommonMark (and GitHub) shows it: its brackets and
     * label as text, what is inside them parsed. flexmark shows all of it as written, so a code span
     * in it would read as text.
     */
    private static void renderImageRef(ImageRef image, NodeRendererContext context, HtmlWriter html) {
        renderUndefined(image, "![", context, html);
    }

    /** A link reference with no definition as CommonMark (and GitHub) shows it, as an image reference above. */
    private static void renderLinkRef(LinkRef link, NodeRendererContext context, HtmlWriter html) {
        renderUndefined(link, "[", context, html);
    }

    /**
     * flexmark can leave a reference's opening bracket out of every node when another bracket follows
     * ({@code @[a][r][} rendered as {@code @a][r][}, which reads as a mention GitHub never sees; see
     * {@link UndefinedReferences}), so an {@code opening} just before the reference's text is shown too.
     */
    private static void renderUndefined(RefNode reference, String opening, NodeRendererContext context,
            HtmlWriter html) {
        if (reference.isDefined() || reference.getFirstChild() == null) {
            context.delegateRender();
            return;
        }
        BasedSequence chars = reference.getChars();
        int start = chars.getStartOffset();
        if (UndefinedReferences.lostItsOpening(chars, opening)) {
            start -= opening.length(); // the brackets no node holds
        }
        html.text(chars.baseSubSequence(start, reference.getFirstChild().getStartOffset()));
        context.renderChildren(reference);
        html.text(chars.baseSubSequence(reference.getLastChild().getEndOffset(), chars.getEndOffset()));
    }

    private static void collect(Element element, List<String> mentions) {
        if (IGNORED_PARENTS.contains(element.normalName())) {
            return;
        }
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                find(USER, text.getWholeText(), mentions);
                find(TEAM, text.getWholeText(), mentions);
            } else if (child instanceof Element inner) {
                collect(inner, mentions);
            }
        }
    }

    private static void find(Pattern pattern, String text, List<String> mentions) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            mentions.add("@" + (matcher.groupCount() == 2 ? matcher.group(1) + "/" + matcher.group(2) : matcher.group(1)));
        }
    }
}
