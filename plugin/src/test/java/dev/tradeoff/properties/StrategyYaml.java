package dev.tradeoff.properties;

import dev.tradeoff.model.Benefit;
import dev.tradeoff.model.Enablement;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.KeyResult;
import dev.tradeoff.model.Money;
import dev.tradeoff.model.Objective;
import dev.tradeoff.model.Page;
import dev.tradeoff.model.Plan;
import dev.tradeoff.model.PlatformMetric;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Scale;
import dev.tradeoff.model.Signal;
import dev.tradeoff.model.Status;
import dev.tradeoff.model.Strategy;
import dev.tradeoff.model.Team;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes a {@link Strategy} back out as a strategy folder, the way a person would: defaults left
 * out, money in its short forms ({@code 450k}, {@code "$1.2M"}, {@code "1,250,000"}), a proposed
 * initiative without a start when it starts with the plan. Every string is double-quoted, so text
 * with YAML's special characters stays text.
 */
final class StrategyYaml {

    private StrategyYaml() {
    }

    /** The files of the folder: relative path → text. */
    static SortedMap<String, String> files(Strategy strategy) {
        SortedMap<String, String> files = new TreeMap<>();
        Plan plan = strategy.plan();
        files.put("strategy.yaml", plan(plan));
        for (Initiative initiative : strategy.initiatives()) {
            files.put("initiatives/" + initiative.id() + ".yaml", initiative(initiative, plan.start()));
        }
        for (Objective objective : strategy.objectives()) {
            files.put("okrs/" + objective.id() + ".yaml", objective(objective));
        }
        if (!strategy.teams().isEmpty()) {
            files.put("teams.yaml", teams(strategy.teams()));
        }
        if (!strategy.signals().isEmpty()) {
            files.put("signals.yaml", signals(strategy.signals()));
        }
        if (strategy.scale() != null) {
            files.put("scale.yaml", scale(strategy.scale()));
        }
        if (!strategy.platformMetrics().isEmpty()) {
            files.put("platform.yaml", platform(strategy.platformMetrics()));
        }
        for (Page page : strategy.pages()) {
            files.put("pages/" + page.slug() + ".md", page(page));
        }
        return files;
    }

    /** Writes the folder under {@code folder}. */
    static void write(Strategy strategy, Path folder) throws IOException {
        for (Map.Entry<String, String> file : files(strategy).entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
    }

    private static String plan(Plan plan) {
        return "organization: " + quoted(plan.organization()) + "\n"
                + "currency: " + plan.currency() + "\n"
                + "start: " + plan.start() + "\n"
                + "horizon: " + plan.horizon() + "\n"
                + "discountRate: " + number(plan.discountRate()) + "\n"
                + "costPerPersonMonth: " + money(plan.costPerPersonMonth()) + "\n"
                + "capacity: " + number(plan.capacity()) + "\n"
                + "platformBand: [" + number(plan.platformBandLow()) + ", " + number(plan.platformBandHigh()) + "]\n"
                + "matrixThreshold: " + number(plan.matrixThreshold()) + "\n"
                + "focus: " + number(plan.focus()) + "\n"
                + "signalWindow: " + plan.signalWindow() + "\n";
    }

    private static String initiative(Initiative initiative, Quarter planStart) {
        StringBuilder yaml = new StringBuilder();
        if (initiative.id().hashCode() % 2 == 0) {
            yaml.append("id: ").append(initiative.id()).append('\n');
        }
        yaml.append("title: ").append(quoted(initiative.title())).append('\n');
        yaml.append("kind: ").append(initiative.kind().yamlName()).append('\n');
        if (initiative.owner() != null) {
            yaml.append("owner: ").append(initiative.owner()).append('\n');
        }
        if (initiative.status() != Status.PROPOSED) {
            yaml.append("status: ").append(initiative.status().yamlName()).append('\n');
        }
        if (initiative.status() != Status.PROPOSED || !initiative.start().equals(planStart)) {
            yaml.append("start: ").append(initiative.start()).append('\n');
        }
        yaml.append("duration: ").append(initiative.duration()).append('\n');
        yaml.append("effort: ").append(number(initiative.effort())).append('\n');
        if (!initiative.oneOffCost().isZero()) {
            yaml.append("oneOffCost: ").append(money(initiative.oneOffCost())).append('\n');
        }
        if (!initiative.runCost().isZero()) {
            yaml.append("runCost: ").append(money(initiative.runCost())).append('\n');
        }
        if (!initiative.benefits().isEmpty()) {
            yaml.append("benefits:\n");
            for (Benefit benefit : initiative.benefits()) {
                yaml.append("  - type: ").append(benefit.type().yamlName()).append('\n');
                yaml.append("    amount: ").append(money(benefit.amount())).append('\n');
                if (benefit.ramp() != 0) {
                    yaml.append("    ramp: ").append(benefit.ramp()).append('\n');
                }
            }
        }
        BigDecimal benefitSum = initiative.benefits().stream().map(b -> b.amount().value())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (initiative.costOfDelay().value().compareTo(benefitSum) != 0) {
            yaml.append("costOfDelay: ").append(money(initiative.costOfDelay())).append('\n');
        }
        yaml.append("value: ").append(number(initiative.value())).append('\n');
        yaml.append("riskReduction: ").append(number(initiative.riskReduction())).append('\n');
        if (!initiative.enables().isEmpty()) {
            yaml.append("enables:\n");
            for (Enablement enablement : initiative.enables()) {
                yaml.append("  - id: ").append(enablement.productId()).append('\n');
                yaml.append("    speedup: ").append(number(enablement.speedup())).append('\n');
            }
        }
        if (!initiative.keyResults().isEmpty()) {
            yaml.append("keyResults: [").append(String.join(", ", initiative.keyResults())).append("]\n");
        }
        if (!initiative.addresses().isEmpty()) {
            yaml.append("addresses: [").append(String.join(", ", initiative.addresses())).append("]\n");
        }
        if (!initiative.summary().isEmpty()) {
            yaml.append("summary: ").append(quoted(initiative.summary())).append('\n');
        }
        if (!initiative.tags().isEmpty()) {
            yaml.append("tags: [").append(initiative.tags().stream().map(StrategyYaml::quoted)
                    .collect(Collectors.joining(", "))).append("]\n");
        }
        if (!initiative.links().isEmpty()) {
            yaml.append("links:\n");
            initiative.links().forEach((label, url) ->
                    yaml.append("  ").append(quoted(label)).append(": ").append(quoted(url)).append('\n'));
        }
        return yaml.toString();
    }

    private static String objective(Objective objective) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("objective: ").append(quoted(objective.objective())).append('\n');
        yaml.append("quarter: ").append(objective.quarter()).append('\n');
        if (objective.owner() != null) {
            yaml.append("owner: ").append(quoted(objective.owner())).append('\n');
        }
        yaml.append("keyResults:\n");
        for (KeyResult kr : objective.keyResults()) {
            yaml.append("  - id: ").append(kr.id()).append('\n');
            yaml.append("    title: ").append(quoted(kr.title())).append('\n');
            if (kr.unit() != null) {
                yaml.append("    unit: ").append(quoted(kr.unit())).append('\n');
            }
            yaml.append("    baseline: ").append(number(kr.baseline())).append('\n');
            yaml.append("    target: ").append(number(kr.target())).append('\n');
            yaml.append("    current: ").append(number(kr.current())).append('\n');
        }
        return yaml.toString();
    }

    private static String teams(List<Team> teams) {
        StringBuilder yaml = new StringBuilder("teams:\n");
        for (Team team : teams) {
            yaml.append("  - id: ").append(team.id()).append('\n');
            yaml.append("    name: ").append(quoted(team.name())).append('\n');
            yaml.append("    type: ").append(team.type().yamlName()).append('\n');
            yaml.append("    people: ").append(number(team.people())).append('\n');
        }
        return yaml.toString();
    }

    private static String signals(List<Signal> signals) {
        StringBuilder yaml = new StringBuilder("signals:\n");
        for (Signal signal : signals) {
            yaml.append("  - indicator: ").append(signal.indicator().yamlName()).append('\n');
            yaml.append("    metric: ").append(quoted(signal.metric())).append('\n');
            if (signal.unit() != null) {
                yaml.append("    unit: ").append(quoted(signal.unit())).append('\n');
            }
            yaml.append("    better: ").append(signal.better().yamlName()).append('\n');
            if (signal.threshold() != null) {
                yaml.append("    threshold: ").append(number(signal.threshold())).append('\n');
            }
            yaml.append("    values:\n").append(values(signal.values(), "      "));
        }
        return yaml.toString();
    }

    private static String scale(Scale scale) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("metric: ").append(quoted(scale.metric())).append('\n');
        if (scale.unit() != null) {
            yaml.append("unit: ").append(quoted(scale.unit())).append('\n');
        }
        yaml.append("capacity: ").append(number(scale.capacity())).append('\n');
        if (scale.headroom() != 0.8) {
            yaml.append("headroom: ").append(number(scale.headroom())).append('\n');
        }
        yaml.append("values:\n").append(values(scale.values(), "  "));
        if (scale.growth() != null) {
            yaml.append("growth: ").append(number(scale.growth())).append('\n');
        }
        return yaml.toString();
    }

    private static String platform(List<PlatformMetric> metrics) {
        StringBuilder yaml = new StringBuilder("metrics:\n");
        for (PlatformMetric metric : metrics) {
            yaml.append("  - metric: ").append(quoted(metric.metric())).append('\n');
            yaml.append("    kind: ").append(metric.kind().yamlName()).append('\n');
            if (metric.unit() != null) {
                yaml.append("    unit: ").append(quoted(metric.unit())).append('\n');
            }
            yaml.append("    better: ").append(metric.better().yamlName()).append('\n');
            if (metric.target() != null) {
                yaml.append("    target: ").append(number(metric.target())).append('\n');
            }
            yaml.append("    values:\n").append(values(metric.values(), "      "));
        }
        return yaml.toString();
    }

    private static String page(Page page) {
        return "---\ntitle: " + quoted(page.title()) + "\n" + (page.order() == 0 ? "" : "order: " + page.order() + "\n")
                + "---\n" + page.markdown();
    }

    /** A quarter → number map as block lines, quarters quoted as people tend to. */
    private static String values(NavigableMap<Quarter, Double> values, String indent) {
        StringBuilder yaml = new StringBuilder();
        values.forEach((quarter, value) ->
                yaml.append(indent).append('"').append(quarter).append("\": ").append(number(value)).append('\n'));
        return yaml.toString();
    }

    /** The shortest decimal that reads back as the same double, never in E notation. */
    static String number(double value) {
        String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return plain.equals("-0") ? "0" : plain;
    }

    /** Money in the forms of SPEC.md: {@code "$1.2M"}, {@code 450k}, {@code "1,250,000"} or a plain number. */
    static String money(Money money) {
        BigDecimal value = money.value().stripTrailingZeros();
        BigDecimal millions = value.movePointLeft(6);
        if (millions.compareTo(BigDecimal.ONE) >= 0 && millions.scale() <= 2) {
            return "\"$" + millions.stripTrailingZeros().toPlainString() + "M\"";
        }
        BigDecimal thousands = value.movePointLeft(3);
        if (thousands.compareTo(BigDecimal.ONE) >= 0 && thousands.stripTrailingZeros().scale() <= 0) {
            return thousands.stripTrailingZeros().toPlainString() + "k";
        }
        if (value.scale() <= 0 && value.compareTo(BigDecimal.valueOf(1000)) >= 0) {
            return "\"" + String.format(java.util.Locale.ROOT, "%,d", value.toBigIntegerExact()) + "\"";
        }
        return value.toPlainString();
    }

    /** A YAML double-quoted scalar. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
