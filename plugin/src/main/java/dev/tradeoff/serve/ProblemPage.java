package dev.tradeoff.serve;

import dev.tradeoff.view.HtmlEscape;

import dev.tradeoff.load.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The page every HTML request gets while the last build failed: each problem as
 * {@code file:line:column: message}, escaped, with its line of the file and a caret under the
 * column, and the reload script, so that the page turns back into the site as soon as the files
 * are fixed.
 */
final class ProblemPage {

    private static final String STYLE = "body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;"
            + "padding:0 1rem;color:#1b1b1b}h1{font-size:1.4rem;color:#a4161a}"
            + "ol{padding-left:1.5rem}li{margin:.4rem 0}code,pre{font:14px/1.4 ui-monospace,monospace;"
            + "background:#f4f4f4;padding:.1rem .3rem;border-radius:3px;white-space:pre-wrap;word-break:break-word}"
            + "p.hint{color:#555}pre.excerpt{margin:.3rem 0 0;padding:.3rem .5rem;overflow-x:auto;white-space:pre}";

    /** A line longer than this is not shown: it would not fit, and the message says where to look. */
    private static final int LONGEST_LINE = 240;
    /** A file larger than this is not read for its line. */
    private static final long LARGEST_FILE = 1 << 20;

    private ProblemPage() {
    }

    /** The page of {@code problems} in the files of {@code strategy} (null: no lines shown). */
    static String problems(List<Problem> problems, String folderPrefix, long version, Path strategy) {
        StringBuilder body = new StringBuilder();
        int count = problems.size();
        body.append("<h1>The strategy has ").append(count).append(count == 1 ? " problem" : " problems")
                .append("</h1>\n<ol class=\"problems\">\n");
        for (Problem problem : problems) {
            body.append("<li><code>").append(HtmlEscape.escape(problem.format(folderPrefix))).append("</code>")
                    .append(excerpt(problem, strategy)).append("</li>\n");
        }
        body.append("</ol>\n");
        return page("Strategy problems", body.toString(), version);
    }

    /**
     * The problem's line, numbered, with a caret under its column, as a compiler shows it; nothing
     * for a problem with a whole file, a line the file no longer has, or one too long to show.
     */
    static String excerpt(Problem problem, Path strategy) {
        if (strategy == null || problem.line() <= 0 || problem.file().isEmpty()) {
            return "";
        }
        Path file = strategy.resolve(problem.file());
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > LARGEST_FILE) {
                return "";
            }
            // Lines end at \n, \r\n or \r, as the loader counts them.
            String[] lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\r\n|\n|\r", -1);
            if (problem.line() > lines.length || lines[problem.line() - 1].length() > LONGEST_LINE) {
                return "";
            }
            String line = lines[problem.line() - 1];
            String number = problem.line() + " | ";
            // Under the column, keeping the line's tabs so that the caret lines up with them.
            StringBuilder pad = new StringBuilder(" ".repeat(number.length() - 2)).append("| ");
            for (int i = 0; i < Math.min(line.length(), Math.max(0, problem.column() - 1)); i++) {
                pad.append(line.charAt(i) == '\t' ? '\t' : ' ');
            }
            return "\n<pre class=\"excerpt\">" + HtmlEscape.escape(number + line) + "\n"
                    + HtmlEscape.escape(pad.toString()) + (problem.column() > 0 ? "^" : "") + "</pre>";
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    static String failure(String message, long version) {
        return page("Build failed", "<h1>The site could not be built</h1>\n<pre>" + HtmlEscape.escape(message) + "</pre>\n",
                version);
    }

    private static String page(String title, String body, long version) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'\">\n"
                + "<title>" + HtmlEscape.escape(title) + " · Tradeoff preview</title>\n"
                + "<style>" + STYLE + "</style>\n"
                + ReloadScript.tag(version) + "\n"
                + "</head>\n<body>\n" + body
                + "<p class=\"hint\">Fix the files and save: this page turns back into the site by itself.</p>\n"
                + "</body>\n</html>\n";
    }
}
