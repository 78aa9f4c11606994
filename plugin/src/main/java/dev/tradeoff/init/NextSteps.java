package dev.tradeoff.init;

import java.util.ArrayList;
import java.util.List;

/**
 * What init tells the user after writing the starter, in the order to do it: what the pom needs
 * first (the goals run by their prefix only once it declares the plugin), then the goals. Each
 * element is one log message. XML to paste is a message of its own lines below a heading: Maven
 * puts its {@code [INFO] } prefix before a message's first line only, so the XML copies as it is.
 */
public final class NextSteps {

    private static final List<String> GOALS = List.of(
            "  mvn tradeoff:serve      preview the site while you edit (http://127.0.0.1:8080/)",
            "  mvn tradeoff:build      write the site and briefs into target/tradeoff/");

    private NextSteps() {
    }

    /** After init wrote the pom, which runs the plugin: the goals. */
    public static List<String> afterWritingThePom() {
        return withGoals("Next:");
    }

    /** In a project whose pom ({@code pom}, as messages name it) lacks the plugin: the {@code snippet} to add. */
    public static List<String> addThePlugin(String pom, String snippet) {
        List<String> steps = new ArrayList<>();
        steps.add(block("Add the plugin to " + pom + ", in <build><plugins>:", snippet));
        steps.addAll(withGoals("Then:"));
        return steps;
    }

    /**
     * In a project whose pom declares the plugin: says so, and when the starter went into a folder
     * the declaration does not name ({@code strategyDirectory} as a pom writes it; null when it reads
     * that folder already), the element that makes the goals read it.
     */
    public static List<String> pluginDeclared(String pom, String strategyDirectory) {
        List<String> steps = new ArrayList<>();
        if (strategyDirectory == null) {
            steps.add(pom + " declares the plugin already.");
            steps.addAll(withGoals("Next:"));
            return steps;
        }
        steps.add(block(pom + " declares the plugin already; for its goals to read the starter, add to the plugin's"
                + " <configuration>:", StarterStrategy.strategyDirectoryElement(strategyDirectory)));
        steps.addAll(withGoals("Then:"));
        return steps;
    }

    private static List<String> withGoals(String heading) {
        List<String> steps = new ArrayList<>();
        steps.add(heading);
        steps.addAll(GOALS);
        return steps;
    }

    /** One message: the heading, then the XML on lines of its own. */
    private static String block(String heading, String xml) {
        return heading + System.lineSeparator() + xml.replace("\n", System.lineSeparator());
    }
}
