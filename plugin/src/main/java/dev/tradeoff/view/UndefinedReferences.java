package dev.tradeoff.view;

import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Shows every character of a reference with no definition, as CommonMark does. flexmark leaves
 * the opening bracket out of a reference followed by another bracket: {@code [a][r][} showed as
 * {@code a][r][}, the user's {@code [} gone. This writes that bracket ({@code [} or {@code ![}) before
 * flexmark's own rendering of the rest; every other reference is flexmark's alone.
 */
final class UndefinedReferences {

    private UndefinedReferences() {
    }

    static NodeRendererFactory factory() {
        return options -> () -> Set.of(
                new NodeRenderingHandler<>(LinkRef.class, (link, context, html) -> render(link, "[", context, html)),
                new NodeRenderingHandler<>(ImageRef.class, (image, context, html) -> render(image, "![", context, html)));
    }

    private static void render(RefNode reference, String opening, NodeRendererContext context, HtmlWriter html) {
        if (!reference.isDefined() && lostItsOpening(reference.getChars(), opening)) {
            html.text(opening);
        }
        context.delegateRender();
    }

    /** Whether {@code opening} stands just before the reference's text but is not part of it. */
    static boolean lostItsOpening(BasedSequence chars, String opening) {
        int start = chars.getStartOffset();
        return !chars.startsWith(opening) && start >= opening.length()
                && chars.getBaseSequence().subSequence(start - opening.length(), start).toString().equals(opening);
    }
}
