package dev.tradeoff.render;

import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.MethodAppearanceFineTuner;

/**
 * Lets FreeMarker call the view's accessors without Java's access check on every call. A
 * reflective call on a method not marked accessible first asks the JVM for its caller's class, a
 * walk up the stack that the C1-compiled code a build runs with does not shortcut: a tenth of the
 * templates' time at N = 10,000, and the cold build is a ninth faster without it
 * (docs/benchmarks.md, session 15). The
 * methods FreeMarker exposes are public members of public types, which the check would let through
 * anyway, so marking them accessible changes what it costs, not what a template can reach; which
 * methods are exposed stays FreeMarker's decision, and nothing else about how they appear changes.
 */
final class CheckedOnceMethods implements MethodAppearanceFineTuner {

    /** One instance: FreeMarker shares an object wrapper among configurations with equal settings. */
    static final CheckedOnceMethods INSTANCE = new CheckedOnceMethods();

    private CheckedOnceMethods() {
    }

    @Override
    public void process(BeansWrapper.MethodAppearanceDecisionInput in, BeansWrapper.MethodAppearanceDecision out) {
        // False (and still checked on each call) where a module does not open the method's package.
        in.getMethod().trySetAccessible();
    }
}
