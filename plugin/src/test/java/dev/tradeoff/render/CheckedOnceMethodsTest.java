package dev.tradeoff.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.view.ListPage;
import freemarker.ext.beans.MethodAppearanceFineTuner;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateHashModel;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckedOnceMethodsTest {

    /** Whether reflective calls of {@code method} skip the access check (what setAccessible sets). */
    @SuppressWarnings("deprecation")
    private static boolean accessible(Method method) {
        return method.isAccessible();
    }

    @Test
    void theMethodsFreeMarkerExposesAreMarkedAccessibleAndAppearAsBefore() throws Exception {
        List<Method> seen = new ArrayList<>();
        MethodAppearanceFineTuner recording = (in, out) -> {
            CheckedOnceMethods.INSTANCE.process(in, out);
            seen.add(in.getMethod());
        };
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        builder.setMethodAppearanceFineTuner(recording);
        ListPage page = ListPage.split("roadmap.html", 1_200).get(1);

        TemplateHashModel model = (TemplateHashModel) builder.build().wrap(page);

        // A record's components and its other methods without arguments still read as properties.
        assertThat(model.get("number").toString()).isEqualTo("2");
        assertThat(((freemarker.template.TemplateBooleanModel) model.get("paged")).getAsBoolean()).isTrue();
        assertThat(seen).filteredOn(method -> method.getDeclaringClass() == ListPage.class)
                .extracting(Method::getName).contains("number", "from", "links", "paged", "next", "shown");
        assertThat(seen).filteredOn(method -> method.getDeclaringClass() == ListPage.class)
                .allMatch(CheckedOnceMethodsTest::accessible);
    }

    @Test
    void templatesReadTheViewAsBefore(@TempDir Path templates) throws IOException {
        Files.writeString(templates.resolve("probe.ftlh"),
                "${page.number} of ${page.count}: ${page.current.href}, ${page.links?size} links,"
                + " next ${page.next.href}, shown ${page.shown?map(s -> s.link.number)?join(' ')}");
        ListPage page = ListPage.split("roadmap.html", 1_200).get(1);

        String html = new TemplateEngine(templates).render("probe.ftlh", Map.of("page", page));

        assertThat(html).isEqualTo("2 of 3: roadmap_2.html, 3 links, next roadmap_3.html, shown 1 2 3");
    }
}
