package dev.tradeoff.diff;

import dev.tradeoff.render.TemplateEngine;
import dev.tradeoff.render.output.SiteOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code diff/diff.html} and its stylesheet {@code diff/diff.css}: a standalone page rendered from the
 * {@code diff.ftlh} template with the {@link DiffView} as {@code diff}. Like the site's templates, a
 * {@code diff.ftlh} or {@code assets/diff.css} in the user's template folder replaces the default one.
 */
public final class DiffPage {

    static final String TEMPLATE = "diff.ftlh";
    static final String STYLESHEET = "diff.css";

    private final TemplateEngine templates;
    private final Path userTemplateDirectory;

    /** {@code userTemplateDirectory} may be null: the default theme only. */
    public DiffPage(Path userTemplateDirectory) {
        this.templates = new TemplateEngine(userTemplateDirectory);
        this.userTemplateDirectory = userTemplateDirectory;
    }

    /** Writes {@code diff.html} and {@code diff.css} at the top of {@code out}. */
    public void write(DiffView view, SiteOutput out) throws IOException {
        out.write("diff.html", templates.render(TEMPLATE, Map.of("diff", view)));
        out.write(STYLESHEET, stylesheet());
    }

    private byte[] stylesheet() throws IOException {
        if (userTemplateDirectory != null) {
            Path override = userTemplateDirectory.resolve("assets").resolve(STYLESHEET);
            if (Files.isRegularFile(override)) {
                return Files.readAllBytes(override);
            }
        }
        try (InputStream in = DiffPage.class.getClassLoader().getResourceAsStream("dev/tradeoff/theme/assets/" + STYLESHEET)) {
            if (in == null) {
                throw new IOException("the default theme has no asset " + STYLESHEET);
            }
            return in.readAllBytes();
        }
    }
}
