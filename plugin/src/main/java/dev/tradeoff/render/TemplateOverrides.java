package dev.tradeoff.render;

import dev.tradeoff.load.Suggestions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * What in a folder of template overrides would be silently ignored: a template that has no
 * theme template's name ({@code indx.ftlh}) and that none of the folder's own templates includes,
 * and templates in a sub-folder other than {@code assets/} (overrides are read from the folder
 * itself). A misspelt YAML key is an error; a misspelt template name would otherwise leave the
 * user wondering why the site did not change.
 */
public final class TemplateOverrides {

    /** The default theme's templates, by the names an override takes (checked against the theme by a test). */
    static final List<String> THEME = List.of("allocation.ftlh", "brief.md.ftl", "diff.ftlh", "index.ftlh",
            "initiative.ftlh", "initiative.md.ftl", "initiatives.ftlh", "layout.ftlh", "matrix.ftlh",
            "objective.ftlh", "okrs.ftlh", "page.ftlh", "pager.ftlh", "pages.ftlh", "roadmap.ftlh", "scale.ftlh",
            "sequencing.ftlh", "signals.ftlh", "teams.ftlh");

    private TemplateOverrides() {
    }

    /** One sentence for each file of {@code folder} that replaces nothing and is used by nothing; empty when none. */
    public static List<String> unused(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try {
            TreeMap<String, String> templates = new TreeMap<>();
            List<String> nested = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    if (isTemplate(name) && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                        templates.put(name, Files.readString(entry, StandardCharsets.UTF_8));
                    } else if (!name.equals("assets") && !name.startsWith(".")
                            && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) && holdsTemplates(entry)) {
                        nested.add(name);
                    }
                }
            }
            List<String> unused = new ArrayList<>();
            templates.forEach((name, text) -> {
                boolean included = templates.entrySet().stream()
                        .anyMatch(other -> !other.getKey().equals(name) && other.getValue().contains("\"" + name + "\""));
                if (!THEME.contains(name) && !included) {
                    unused.add(name + " replaces no template of the theme and none of yours includes it"
                            + Suggestions.didYouMean(name, THEME));
                }
            });
            nested.stream().sorted().forEach(name -> unused.add(name + "/ is not read: overrides go in the folder"
                    + " itself (only assets/ has a folder of its own)"));
            return unused;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isTemplate(String name) {
        return name.endsWith(".ftlh") || name.endsWith(".ftl");
    }

    private static boolean holdsTemplates(Path folder) throws IOException {
        try (var files = Files.walk(folder, 3)) {
            return files.anyMatch(file -> isTemplate(file.getFileName().toString()));
        }
    }
}
