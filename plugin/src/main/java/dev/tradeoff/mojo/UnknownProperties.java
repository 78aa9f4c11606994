package dev.tradeoff.mojo;

import dev.tradeoff.load.Suggestions;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;

/**
 * The {@code -Dtradeoff.*} properties no goal of the plugin reads but that are spelt almost as one
 * that is. Maven passes any {@code -D} on without a word, so {@code -Dtradeoff.stratgyDirectory=…}
 * would build the default folder instead; each such one is named, with the property probably meant.
 * Others ({@code -Dtradeoff.version}, for the pom's own use) are the user's business.
 */
final class UnknownProperties {

    private static final String PREFIX = "tradeoff.";

    private UnknownProperties() {
    }

    /** One warning per misspelt {@code tradeoff.} property the user gave, in name order. */
    static List<String> warnings(Properties userProperties, PluginDescriptor plugin) {
        if (userProperties == null || plugin == null || plugin.getMojos() == null) {
            return List.of();
        }
        TreeSet<String> known = new TreeSet<>();
        for (MojoDescriptor mojo : plugin.getMojos()) {
            for (Parameter parameter : Objects.requireNonNullElse(mojo.getParameters(), List.<Parameter>of())) {
                String property = property(parameter.getExpression());
                if (property != null && property.startsWith(PREFIX)) {
                    known.add(property);
                }
            }
        }
        TreeSet<String> given = new TreeSet<>();
        for (Map.Entry<Object, Object> entry : userProperties.entrySet()) {
            if (entry.getKey() instanceof String name && name.startsWith(PREFIX) && !known.contains(name)) {
                given.add(name);
            }
        }
        return given.stream()
                .filter(name -> !Suggestions.didYouMean(name, known).isEmpty())
                .map(name -> "No goal of the plugin reads -D" + name + Suggestions.didYouMean(name, known)
                        + ": it is ignored")
                .toList();
    }

    /** {@code tradeoff.port} of {@code ${tradeoff.port}}; null for an expression that is not one property. */
    private static String property(String expression) {
        if (expression == null || !expression.startsWith("${") || !expression.endsWith("}")) {
            return null;
        }
        return expression.substring(2, expression.length() - 1);
    }
}
