package dev.tradeoff.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * FreeMarker, locked down: HTML auto-escaping for {@code .ftlh}, Markdown escaping for
 * {@code .md.ftl}, no {@code ?new} or {@code ?api}, fixed locale and time zone. Templates are
 * looked up first in the user's template folder, then in the default theme.
 */
public final class TemplateEngine {

    private static final Pattern FTL_COMMENT = Pattern.compile("<#--.*?-->", Pattern.DOTALL);

    /** Where the default theme keeps its templates inside the tradeoff-templates jar. */
    static final String THEME_TEMPLATES = "dev/tradeoff/theme/templates";

    private static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;

    private final Configuration configuration;
    /** The templates parsed so far, by name (see {@link #template}). */
    private final Map<String, Template> parsed = new ConcurrentHashMap<>();
    /** {@link #readsListPage} of each template asked about, as templates are never reloaded. */
    private final Map<String, Boolean> readsListPage = new ConcurrentHashMap<>();
    /** The user's template folder, or null: where a template with a problem is said to be. */
    private final Path userTemplateDirectory;

    public TemplateEngine(Path userTemplateDirectory) {
        this.userTemplateDirectory = userTemplateDirectory != null && Files.isDirectory(userTemplateDirectory)
                ? userTemplateDirectory : null;
        configuration = new Configuration(VERSION);
        configuration.setTemplateLoader(loader(userTemplateDirectory));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setLocale(Locale.US);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        // For readers, like the view's own numbers: grouped, rounded half up, a typographic minus.
        configuration.setNumberFormat(",##0.######;; roundingMode=halfUp minusSign='\u2212'");
        configuration.setLocalizedLookup(false);
        configuration.setRecognizeStandardFileExtensions(true);
        // A template folder that changes gets a new engine: a kept engine never reloads (and never
        // looks at the files again), so what it renders cannot change under the one that keeps it.
        configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        // Templates only read the view: they may not instantiate or reach into Java classes.
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(VERSION);
        wrapper.setMethodAppearanceFineTuner(CheckedOnceMethods.INSTANCE);
        configuration.setObjectWrapper(wrapper.build());
        TemplateConfiguration markdown = new TemplateConfiguration();
        markdown.setOutputFormat(MarkdownOutputFormat.INSTANCE);
        markdown.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
        configuration.setTemplateConfigurations(
                new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.md.ftl"), markdown));
    }

    private static TemplateLoader loader(Path userTemplateDirectory) {
        List<TemplateLoader> loaders = new ArrayList<>();
        if (userTemplateDirectory != null && Files.isDirectory(userTemplateDirectory)) {
            try {
                loaders.add(new FileTemplateLoader(userTemplateDirectory.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaders.add(new ClassTemplateLoader(TemplateEngine.class.getClassLoader(), THEME_TEMPLATES));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    /**
     * {@code record} as templates see it, noting in {@code reads} what they read of it: for a model
     * entry in place of the record itself. Should FreeMarker ever wrap records otherwise, the record
     * itself, and the whole of it counted as read.
     */
    Object tracked(Record record, SiteReads reads) {
        try {
            TrackedRecord tracked = TrackedRecord.of(configuration.getObjectWrapper().wrap(record), List.of(), reads);
            if (tracked == null) {
                reads.whole(List.of());
                return record;
            }
            return tracked;
        } catch (TemplateModelException e) {
            throw new IllegalStateException("cannot wrap " + record.getClass().getName(), e);
        }
    }

    /**
     * The parsed template of that name. The configuration never reloads a template (see the
     * constructor), so what it gives is kept here: its own lookup builds a key and consults its
     * cache's storage on every call, 5% of the templates' time over ten thousand pages.
     */
    private Template template(String name) throws IOException {
        Template template = parsed.get(name);
        if (template == null) {
            template = configuration.getTemplate(name);
            parsed.put(name, template);
        }
        return template;
    }

    /**
     * Whether {@code templateName} reads {@code listPage}, as each list template of the theme does. A
     * user's override written before long lists went over pages does not: it lists every row, and
     * so is one page, not the same page again under every page's name.
     */
    public boolean readsListPage(String templateName) throws IOException {
        Boolean known = readsListPage.get(templateName);
        if (known == null) {
            // The canonical form is the template's text as FreeMarker parsed it, its comments included.
            known = FTL_COMMENT.matcher(template(templateName).toString()).replaceAll("").contains("listPage");
            readsListPage.put(templateName, known);
        }
        return known;
    }

    /** Renders {@code templateName} with {@code model}; any template error is an {@link IOException}. */
    public String render(String templateName, Map<String, Object> model) throws IOException {
        TextWriter out = new TextWriter();
        try {
            template(templateName).process(model, out);
        } catch (TemplateException e) {
            // The whole message, its FTL stack included: Maven prints a cause's message again unless the
            // message it wraps already holds it.
            throw new IOException(where(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber())
                    + "template " + templateName + " failed: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /**
     * Every syntax error in the user's templates, as "folder/name.ftlh:line:column: what", in name
     * order: checked before anything renders, so all are reported at once rather than the first
     * the build happens to reach.
     */
    public List<String> syntaxProblems() throws IOException {
        if (userTemplateDirectory == null) {
            return List.of();
        }
        List<String> names;
        try (Stream<Path> files = Files.walk(userTemplateDirectory)) {
            names = files.filter(Files::isRegularFile)
                    .map(file -> userTemplateDirectory.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith(".ftl") || name.endsWith(".ftlh"))
                    .sorted()
                    .toList();
        }
        List<String> problems = new ArrayList<>();
        for (String name : names) {
            try {
                configuration.getTemplate(name);
            } catch (ParseException e) {
                // One line each: FreeMarker breaks some messages over lines.
                problems.add(where(name, e.getLineNumber(), e.getColumnNumber())
                        + e.getEditorMessage().strip().replaceAll("\\s*\\R\\s*", " "));
            }
        }
        return problems;
    }

    /** "src/tradeoff/templates/page.ftlh:3:7: " for the user's template, "page.ftlh:3:7: " for the theme's. */
    private String where(String name, Integer line, Integer column) {
        if (name == null) {
            return "";
        }
        Path own = userTemplateDirectory == null ? null : userTemplateDirectory.resolve(name);
        String file = own != null && Files.isRegularFile(own) ? shown(own) : name;
        return file + (line == null ? "" : ":" + line + (column == null ? "" : ":" + column)) + ": ";
    }

    /**
     * A user's template as the strategy's files are named: from the folder the build runs in (the
     * project's, as Maven is run), "src/tradeoff/templates/index.ftlh"; absolute when it is elsewhere.
     */
    private static String shown(Path template) {
        Path absolute = template.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath().normalize();
        return (absolute.startsWith(here) ? here.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    /**
     * Collects a page's text. Unlike {@link java.io.StringWriter} it takes no lock on every write
     * (a page is rendered on one thread), and it starts big enough for most pages.
     */
    private static final class TextWriter extends Writer {

        private final StringBuilder text = new StringBuilder(8 * 1024);

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string) {
            text.append(string);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public Writer append(CharSequence chars) {
            text.append(chars);
            return this;
        }

        @Override
        public Writer append(CharSequence chars, int start, int end) {
            text.append(chars, start, end);
            return this;
        }

        @Override
        public Writer append(char c) {
            text.append(c);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
