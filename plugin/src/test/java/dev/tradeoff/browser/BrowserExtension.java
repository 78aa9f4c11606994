package dev.tradeoff.browser;

import java.io.IOException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One {@link Browser} per test class, handed to its test and lifecycle methods as a parameter and
 * closed once the class is done (after its own {@code @AfterAll}). Without Chromium the class is
 * skipped (or, on CI, failed) before its own {@code @BeforeAll} builds a site it could not open.
 */
final class BrowserExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    /** Kept in the class's store, which closes it when the class's tests are over. */
    private record StartedBrowser(Browser browser) implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() throws IOException {
            browser.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Browser.assumeInstalled();
        context.getStore(NAMESPACE).put(Browser.class, new StartedBrowser(Browser.start()));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    /** The class's browser: a method's store looks in its class's store for what it does not hold. */
    @Override
    public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get(Browser.class, StartedBrowser.class).browser();
    }
}
