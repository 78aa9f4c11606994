package dev.tradeoff.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The reference for the benchmark: a Hugo site of {@code n} plain Markdown pages, each with front
 * matter and a body about as long as an initiative's page text (a heading, paragraphs, a list and a
 * table), under a minimal layout of its own (no theme), so {@code hugo} renders {@code n} real HTML
 * pages. Taxonomies, RSS and the sitemap are turned off: only pages are counted on both sides.
 */
final class HugoSite {

    private HugoSite() {
    }

    static void write(int n, Path site) throws IOException {
        write(site.resolve("config.toml"), """
                baseURL = "http://example.org/"
                title = "Synthetic portfolio"
                disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
                """);
        write(site.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title></head>
                <body><nav><a href="{{ "/" | relURL }}">Home</a></nav><main>{{ block "main" . }}{{ end }}</main></body>
                </html>
                """);
        write(site.resolve("layouts/_default/single.html"), """
                {{ define "main" }}<article><h1>{{ .Title }}</h1>
                <p>Owner: {{ .Params.owner }} · Status: {{ .Params.status }}</p>
                {{ .Content }}</article>{{ end }}
                """);
        write(site.resolve("layouts/_default/list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><ul>
                {{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
                </ul>{{ end }}
                """);
        write(site.resolve("layouts/index.html"), """
                {{ define "main" }}<h1>{{ .Site.Title }}</h1><p>{{ len .Site.RegularPages }} pages</p>{{ end }}
                """);
        String width = "%0" + Math.max(4, Integer.toString(n).length()) + "d";
        for (int i = 1; i <= n; i++) {
            String id = String.format(Locale.ROOT, width, i);
            write(site.resolve("content/initiatives/initiative-" + id + ".md"), page(i, n));
        }
    }

    private static String page(int i, int n) {
        return "---\n"
                + "title: \"Initiative " + i + "\"\n"
                + "owner: team-" + (i % 97) + "\n"
                + "status: proposed\n"
                + "---\n"
                + "## Summary\n\n"
                + "Consolidates the **checkout** platform so product teams ship faster; initiative " + i + " of "
                + n + ".\n\n"
                + "- Why: " + (i % 40) + "% of related incidents start here.\n"
                + "- How: three quarters, *committed*.\n"
                + "- Links: [design doc](https://wiki.example.com/design/" + i + ")\n\n"
                + "| Quarter | Cost | Benefit | Net |\n"
                + "|---|---:|---:|---:|\n"
                + "| 2027-Q1 | $120,000 | $0 | -$120,000 |\n"
                + "| 2027-Q2 | $120,000 | $40,000 | -$80,000 |\n"
                + "| 2027-Q3 | $20,000 | $90,000 | $70,000 |\n"
                + "| 2027-Q4 | $20,000 | $90,000 | $70,000 |\n\n"
                + "The business case rests on the cloud savings and on the risk it removes; the cost of delay is "
                + "about $" + (i % 900) + "k a quarter.\n";
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
