package dev.tradeoff.init;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.tradeoff.load.IdSyntax;
import dev.tradeoff.model.Quarter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A small, commented, valid strategy to start from: the plan, two teams, a platform and a product
 * initiative built side by side (the platform's {@code enables} is shown as a comment: the product
 * starts before the platform goes live, so it would get no speed-up), one objective with two key
 * results, two signals and a scale series. Quarters in the templates are written relative to the plan start ({@code ${q0}},
 * {@code ${q+1}}, {@code ${q-4}}) and the organisation as {@code ${organization}}.
 */
public final class StarterStrategy {

    /** The files written, relative to the strategy folder, in the order they are written. */
    public static final List<String> FILES = List.of(
            "strategy.yaml",
            "teams.yaml",
            "initiatives/developer-platform.yaml",
            "initiatives/self-serve-onboarding.yaml",
            "okrs/faster-onboarding.yaml",
            "signals.yaml",
            "scale.yaml");

    /**
     * Where Maven reads the options of its JVM, relative to the project's folder. Init writes it
     * when there is none: see {@link #mavenJvmOptions()}.
     */
    public static final String MAVEN_JVM_CONFIG = ".mvn/jvm.config";

    /** What {@link #writeGitignoreIfMissing} writes beside the pom it writes. */
    public static final String GITIGNORE = ".gitignore";

    /** The pom {@link #writePomIfMissing} writes into a folder without one. */
    public static final String POM = "pom.xml";

    /** What file managers leave in any folder they show, and git's placeholders for an empty folder. */
    private static final Set<String> NOT_IN_THE_WAY =
            Set.of(".DS_Store", "Thumbs.db", "desktop.ini", ".gitkeep", ".keep");

    private static final String TEMPLATES = "dev/tradeoff/starter/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(organization|q([+-]\\d+|0))}");
    /** A template line with a value, then spaces, then a comment (the template's values hold no {@code #}). */
    private static final Pattern TRAILING_COMMENT = Pattern.compile("(.*?\\S)( +)(#.*\\n?)");

    private final String organization;
    private final Quarter start;

    /** A starter for {@code organization} whose plan starts in {@code start}. */
    public StarterStrategy(String organization, Quarter start) {
        this.organization = Objects.requireNonNull(organization, "organization");
        this.start = Objects.requireNonNull(start, "start");
    }

    /** The text of every file, by path relative to the strategy folder, in {@link #FILES} order. */
    public Map<String, String> files() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String file : FILES) {
            files.put(file, fill(template(file)));
        }
        return files;
    }

    /**
     * What is in the way of a starter in {@code strategyDirectory}, sorted: every file below it (a
     * starter goes into a new or empty folder, never beside a strategy or anything else), or the path
     * itself when it is not a folder. What file managers leave in any folder they show, and the
     * placeholders that keep an empty folder in git, do not count.
     */
    public static List<Path> existing(Path strategyDirectory) throws IOException {
        if (!Files.isDirectory(strategyDirectory)) {
            return Files.exists(strategyDirectory, LinkOption.NOFOLLOW_LINKS) ? List.of(strategyDirectory) : List.of();
        }
        // A linked folder is read through its link, and its files named below the path given.
        Path folder = strategyDirectory.toRealPath();
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(path -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
                    .filter(path -> !NOT_IN_THE_WAY.contains(path.getFileName().toString()))
                    .map(path -> strategyDirectory.resolve(folder.relativize(path).toString()))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Writes every file below {@code strategyDirectory}, creating folders as needed, and returns
     * their paths. When the folder holds anything already ({@link #existing}) nothing is written and
     * the exception lists it. Files are created, never replaced: if one appears while writing, those
     * written so far are removed again.
     */
    public List<Path> write(Path strategyDirectory) throws IOException, ExistingFilesException {
        List<Path> existing = existing(strategyDirectory);
        if (!existing.isEmpty()) {
            throw new ExistingFilesException(strategyDirectory, existing);
        }
        Map<String, String> files = files();
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = strategyDirectory.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                written.add(path);
            }
        } catch (FileAlreadyExistsException e) {
            undo(written);
            throw new ExistingFilesException(strategyDirectory, List.of(Path.of(e.getFile())));
        } catch (IOException e) {
            undo(written);
            throw e;
        }
        return written;
    }

    /**
     * The JVM options recommended for Maven in a strategy project, one per line: C1 compilation
     * only and the parallel collector. A build is one short run of many short tasks; on a machine
     * with few cores the optimising C2 compiler takes a core for most of it and finishes its work
     * when the build is nearly over (docs/benchmarks.md: a cold 10,000-initiative build and a diff
     * take a third to a half less time with these options, and the preview server rebuilds as fast).
     */
    public static String mavenJvmOptions() throws IOException {
        return template("mvn-jvm.config");
    }

    /**
     * Writes {@link #mavenJvmOptions()} to {@code projectDirectory}/{@value #MAVEN_JVM_CONFIG} unless
     * that file exists (Maven would then already read the owner's options, which are kept).
     *
     * @return whether the file was written
     */
    public static boolean writeMavenJvmConfig(Path projectDirectory) throws IOException {
        Path config = projectDirectory.resolve(MAVEN_JVM_CONFIG);
        if (Files.exists(config, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Files.createDirectories(config.getParent());
        try {
            Files.writeString(config, mavenJvmOptions(), UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            return false;
        }
        return true;
    }

    /**
     * Writes a {@code pom.xml} into {@code projectDirectory} unless it has one: a project of its own
     * (packaging {@code pom}) whose build validates the strategy and renders it, so that
     * {@code mvn tradeoff:serve} and {@code mvn verify} work in a folder that held no Maven project.
     *
     * @return whether the file was written
     */
    public static boolean writePomIfMissing(Path projectDirectory, String groupId, String artifactId, String version)
            throws IOException {
        return writePomIfMissing(projectDirectory, groupId, artifactId, version, null);
    }

    /**
     * As {@link #writePomIfMissing(Path, String, String, String)}, for a strategy folder other than
     * the default {@code src/strategy}: {@code strategyDirectory} as the pom names it
     * ({@code ${project.basedir}/strategy}), or null for the default.
     */
    public static boolean writePomIfMissing(Path projectDirectory, String groupId, String artifactId, String version,
            String strategyDirectory) throws IOException {
        Path pom = projectDirectory.resolve(POM);
        if (Files.exists(pom, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        String plugin = pomSnippet(groupId, artifactId, version, strategyDirectory).indent(6).stripTrailing();
        // The resource, not a text block: the plugin descriptor's Java parser fails on a text block with quotes.
        String text = template(POM).replace("@artifactId@", projectArtifactId(projectDirectory)).replace("@plugin@", plugin);
        try {
            Files.writeString(pom, text, UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            return false;
        }
        return true;
    }

    /**
     * Writes a {@code .gitignore} that keeps Maven's {@code target/} (the built site and briefs) out
     * of git, unless the folder has one: strategies live in git, and a committed build would show up
     * in every diff. Only beside a pom that init wrote: an existing project keeps its own rules.
     *
     * @return whether the file was written
     */
    public static boolean writeGitignoreIfMissing(Path projectDirectory) throws IOException {
        Path ignore = projectDirectory.resolve(GITIGNORE);
        if (Files.exists(ignore, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            Files.writeString(ignore, "# Maven's build output: the rendered site and briefs.\ntarget/\n", UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            return false;
        }
        return true;
    }

    /** The folder's name as an artifact id ({@code Acme Strategy} → {@code acme-strategy}), or {@code strategy}. */
    static String projectArtifactId(Path projectDirectory) {
        Path name = projectDirectory.toAbsolutePath().normalize().getFileName();
        String id = name == null ? "" : IdSyntax.withoutAccents(name.toString()).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-._]+|[-._]+$", "");
        return id.isEmpty() ? "strategy" : id;
    }

    /** The {@code <plugin>} element to add to a pom's {@code <build><plugins>}. */
    public static String pomSnippet(String groupId, String artifactId, String version) {
        return pomSnippet(groupId, artifactId, version, null);
    }

    /**
     * The snippet, naming {@code strategyDirectory} (as a pom writes it, {@code ${project.basedir}/strategy})
     * in the plugin's configuration when it is not null: the goals then read it, from the command line too.
     */
    public static String pomSnippet(String groupId, String artifactId, String version, String strategyDirectory) {
        String configuration = strategyDirectory == null ? "" : """
                  <configuration>
                    %s
                  </configuration>
                """.formatted(strategyDirectoryElement(strategyDirectory));
        return """
                <plugin>
                  <groupId>%s</groupId>
                  <artifactId>%s</artifactId>
                  <version>%s</version>
                %s  <executions>
                    <execution>
                      <goals>
                        <goal>validate</goal>
                        <goal>build</goal>
                      </goals>
                    </execution>
                  </executions>
                </plugin>""".formatted(groupId, artifactId, version, configuration);
    }

    /** The element of the plugin's configuration that names {@code strategyDirectory}, as a pom writes it. */
    static String strategyDirectoryElement(String strategyDirectory) {
        return "<strategyDirectory>" + xmlText(strategyDirectory) + "</strategyDirectory>";
    }

    private static String xmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void undo(List<Path> written) {
        for (Path path : written) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // best effort: the exception that got us here says what went wrong
            }
        }
    }

    /**
     * The template with its placeholders filled in. A value is seldom as long as its placeholder, so
     * on a line that has one the comment after it is moved back to the column it has in the template,
     * where the comments of the lines around it are (one space at least).
     */
    private String fill(String template) {
        StringBuilder out = new StringBuilder(template.length());
        for (String line : template.split("(?<=\n)")) {
            Matcher comment = TRAILING_COMMENT.matcher(line);
            if (comment.matches() && PLACEHOLDER.matcher(comment.group(1)).find()) {
                String value = replacePlaceholders(comment.group(1));
                int width = value.codePointCount(0, value.length());
                out.append(value).append(" ".repeat(Math.max(1, comment.start(3) - width))).append(comment.group(3));
            } else {
                out.append(replacePlaceholders(line));
            }
        }
        return out.toString();
    }

    private String replacePlaceholders(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group(1).equals("organization")
                    ? yamlText(organization)
                    : start.plus(Integer.parseInt(m.group(2))).toString();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code text} as a YAML scalar: plain when that reads back the same, else double-quoted. */
    static String yamlText(String text) {
        boolean plain = text.matches("[A-Za-z][A-Za-z0-9 .&()'/-]*") && !text.endsWith(" ")
                && !text.matches("(?i)(true|false|yes|no|on|off|null|y|n)");
        if (plain) {
            return text;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format(java.util.Locale.ROOT, "\\x%02X", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static String template(String file) throws IOException {
        try (InputStream in = StarterStrategy.class.getClassLoader().getResourceAsStream(TEMPLATES + file)) {
            if (in == null) {
                throw new IOException("The plugin jar has no starter file " + TEMPLATES + file);
            }
            return new String(in.readAllBytes(), UTF_8);
        }
    }
}
