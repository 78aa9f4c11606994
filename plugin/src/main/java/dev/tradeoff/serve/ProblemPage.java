package dev.tradeoff.serve;

import dev.tradeoff.view.HtmlEscape;

import dev.tradeoff.load.Problem;
import java.util.List;

/**
 * The page every HTML request gets while the last build failed: each problem as
 * {@code file:line:column: message}, escaped, and the reload script, so that the page turns back
 * into the site as soon as the files are fixed.
 */
final class ProblemPage {

    private static final String STYLE = "body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;"
            + "padding:0 1rem;color:#1b1b1b}h1{font-size:1.4rem;color:#a4161a}"
            + "ol{padding-left:1.5rem}li{margin:.4rem 0}code,pre{font:14px/1.4 ui-monospace,monospace;"
            + "background:#f4f4f4;padding:.1rem .3rem;border-radius:3px;white-space:pre-wrap;word-break:break-word}"
            + "p.hint{color:#555}";

    private ProblemPage() {
    }

    static String problems(List<Problem> problems, String folderPrefix, long version) {
        StringBuilder body = new StringBuilder();
        int count = problems.size();
        body.append("<h1>The strategy has ").append(count).append(count == 1 ? " problem" : " problems")
                .append("</h1>\n<ol class=\"problems\">\n");
        for (Problem problem : problems) {
            body.append("<li><code>").append(HtmlEscape.escape(problem.format(folderPrefix))).append("</code></li>\n");
        }
        body.append("</ol>\n");
        return page("Strategy problems", body.toString(), version);
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
