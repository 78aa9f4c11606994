package dev.tradeoff.load;

import dev.tradeoff.model.Benefit;
import dev.tradeoff.model.BenefitType;
import dev.tradeoff.model.Enablement;
import dev.tradeoff.model.Indicator;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Kind;
import dev.tradeoff.model.Money;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Status;
import dev.tradeoff.model.YamlName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** {@code initiatives/<id>.yaml}: one initiative, with the defaults of SPEC.md. */
final class InitiativeReader {

    static final String EXPECTED = "title, kind, duration, effort, value and riskReduction";
    /** A hundred years: far beyond any plan, and keeps quarter arithmetic small. */
    static final int MAX_QUARTERS = 400;

    private static final List<String> KEYS = List.of("id", "title", "kind", "owner", "status", "start",
            "duration", "effort", "oneOffCost", "runCost", "benefits", "costOfDelay", "value", "riskReduction",
            "enables", "keyResults", "addresses", "summary", "tags", "links");
    private static final List<String> BENEFIT_KEYS = List.of("type", "amount", "ramp");
    private static final List<String> ENABLES_KEYS = List.of("id", "speedup");
    /** In a fixed order (Map.of has none), though no key of one list is a later key of the other. */
    private static final Map<String, List<String>> ITEM_KEYS =
            new TreeMap<>(Map.of("benefits", BENEFIT_KEYS, "enables", ENABLES_KEYS));
    private static final String SCALABILITY = "scalability";
    private static final List<String> ADDRESSES = Stream.concat(
            Arrays.stream(Indicator.values()).map(YamlName::yamlName), Stream.of(SCALABILITY)).toList();

    private final NodeReader reader;
    private final String id;
    private final List<Reference> enablesRefs = new ArrayList<>();
    private final List<Reference> keyResultRefs = new ArrayList<>();

    private InitiativeReader(NodeReader reader, String id) {
        this.reader = reader;
        this.id = id;
    }

    /**
     * Reads the initiative {@code id} (its file name); {@code planStart} and {@code planEnd} (the plan's
     * first and last quarters) are null when strategy.yaml is broken.
     */
    static InitiativeDraft read(String id, YamlMapping root, Quarter planStart, Quarter planEnd, NodeReader reader) {
        return new InitiativeReader(reader, id).read(root, planStart, planEnd);
    }

    private InitiativeDraft read(YamlMapping root, Quarter planStart, Quarter planEnd) {
        int before = reader.problemCount();
        Fields fields = reader.fields(root, null, KEYS, ITEM_KEYS);
        ExplicitId.check(fields, id, reader);
        String title = fields.requiredText("title");
        Kind kind = fields.requiredChoice("kind", Kind.class);
        Reference owner = owner(fields);
        Status status = fields.choice("status", Status.class, Status.PROPOSED);
        Quarter start = start(fields, status, planStart);
        warnOfStartAfterThePlan(fields, status, start, planEnd);
        Integer duration = fields.requiredWholeNumber("duration", 1, MAX_QUARTERS);
        warnOfStatusAgainstDates(fields, status, start, duration, planStart);
        Double effort = fields.requiredNumber("effort", NumberRange.atLeast(0));
        Money oneOffCost = fields.money("oneOffCost", Money.ZERO);
        Money runCost = fields.money("runCost", Money.ZERO);
        List<Benefit> benefits = benefits(fields);
        Money costOfDelay = fields.money("costOfDelay", null);
        Double value = fields.requiredNumber("value", NumberRange.between(1, 10));
        Double riskReduction = fields.requiredNumber("riskReduction", NumberRange.between(1, 10));
        List<Enablement> enables = enables(fields, kind);
        List<String> keyResults = keyResults(fields);
        List<String> addresses = addresses(fields);
        String summary = fields.has("summary") ? fields.text("summary") : "";
        checkNesting(fields, summary);
        List<String> tags = tags(fields);
        Map<String, String> links = links(fields);

        Initiative initiative = null;
        if (reader.problemCount() == before && start != null) {
            if (costOfDelay == null) {
                costOfDelay = new Money(Benefit.atFullRate(benefits));
            }
            initiative = new Initiative(id, title, kind, owner == null ? null : owner.id(), status, start, duration,
                    effort, oneOffCost, runCost, benefits, costOfDelay, value, riskReduction, enables, keyResults,
                    addresses, summary, tags, links, fields.extensions(), reader.file());
        }
        return new InitiativeDraft(id, reader.file(), kind, owner, enablesRefs, keyResultRefs, initiative);
    }

    private Reference owner(Fields fields) {
        YamlNode node = fields.get("owner");
        String owner = node == null ? null : reader.id(node, "owner");
        return owner == null ? null : Reference.at(owner, reader.file(), node);
    }

    /** A summary with a line of more nested lists or quotes than the site shows is a problem, at that line. */
    private void checkNesting(Fields fields, String summary) {
        MarkdownNesting.TooDeep deep = summary == null ? null : MarkdownNesting.find(summary);
        if (deep != null) {
            reader.problemInText(fields.get("summary"), summary, deep.index(), "summary: " + deep.message());
        }
    }

    /** Required unless the initiative is only proposed; defaults to the plan start. */
    private Quarter start(Fields fields, Status status, Quarter planStart) {
        YamlNode node = fields.get("start");
        if (node != null) {
            return reader.quarter(node, "start");
        }
        if (status == Status.PROPOSED) {
            return planStart;
        }
        String onlyProposed = "only a proposed initiative may leave it out, and this one is " + status.yamlName();
        YamlNode written = fields.mapping().get("start");
        if (written != null) {
            // "start:" with no value: said at the key the user wrote, not as a key that is missing.
            reader.problem(written, "start: expected a quarter like 2027-Q1, found nothing (" + onlyProposed + ")");
        } else {
            reader.problem(fields.mapping(), "missing required key 'start' (" + onlyProposed + ")");
        }
        return null;
    }

    /** A start after the plan's last quarter is valid, but leaves the work out of every figure: often a typo. */
    private void warnOfStartAfterThePlan(Fields fields, Status status, Quarter start, Quarter planEnd) {
        if (start != null && planEnd != null && start.isAfter(planEnd) && status != Status.DROPPED) {
            reader.warning(fields.get("start"), "start: " + start + " is after the plan's last quarter (" + planEnd
                    + "), so the initiative adds nothing to the figures; check the year, or extend the horizon in"
                    + " strategy.yaml");
        }
    }

    /**
     * Done work whose build runs into the plan, work in progress whose build ended before it, or work
     * in progress that starts after it: valid, but then the figures count as cost effort that will not
     * be spent, or leave out work still going on, or the work is said to be under way when it has
     * not begun. The plan's start stands for "now": Tradeoff reads no clock.
     */
    private void warnOfStatusAgainstDates(Fields fields, Status status, Quarter start, Integer duration,
            Quarter planStart) {
        YamlNode at = fields.get("status");
        if (at == null || start == null || duration == null || planStart == null) {
            return;
        }
        Quarter end = start.plus(duration - 1);
        if (status == Status.DONE && !end.isBefore(planStart)) {
            reader.warning(at, "status: done, but its build runs to " + end + ", inside the plan (from " + planStart
                    + "), so that work counts as cost still to spend; if it is done, shorten its duration or move its"
                    + " start, else mark it in-progress");
        } else if (status == Status.IN_PROGRESS && end.isBefore(planStart)) {
            reader.warning(at, "status: in-progress, but its build ended in " + end + ", before the plan starts in "
                    + planStart + ", so none of its work is in the figures; if it is finished, mark it done, else"
                    + " lengthen its duration");
        } else if (status == Status.IN_PROGRESS && start.isAfter(planStart)) {
            reader.warning(at, "status: in-progress, but it starts in " + start + ", after the plan's start ("
                    + planStart + "), so it has not begun; if it has, move its start to " + planStart
                    + " or earlier, else mark it committed or proposed");
        }
    }

    private List<Benefit> benefits(Fields fields) {
        List<Benefit> benefits = new ArrayList<>();
        for (YamlNode item : orEmpty(fields.list("benefits"))) {
            YamlMapping entry = reader.mapping(item, "benefits");
            if (entry == null) {
                continue;
            }
            Fields benefit = reader.fields(entry, "benefit", BENEFIT_KEYS);
            BenefitType type = benefit.requiredChoice("type", BenefitType.class);
            Money amount = benefit.requiredMoney("amount");
            int ramp = benefit.wholeNumber("ramp", 0, MAX_QUARTERS, 0);
            if (type != null && amount != null) {
                benefits.add(new Benefit(type, amount, ramp));
            }
        }
        return benefits;
    }

    private List<Enablement> enables(Fields fields, Kind kind) {
        List<YamlNode> items = orEmpty(fields.list("enables"));
        if (!items.isEmpty() && kind == Kind.PRODUCT) {
            reader.problem(fields.get("enables"), "enables: only a platform initiative can enable others, and '"
                    + id + "' is a product");
        }
        List<Enablement> enables = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (YamlNode item : items) {
            YamlMapping entry = reader.mapping(item, "enables");
            if (entry == null) {
                continue;
            }
            Fields enablement = reader.fields(entry, "enables entry", ENABLES_KEYS);
            YamlNode idNode = enablement.required("id");
            String target = idNode == null ? null : reader.id(idNode, "id");
            Double speedup = enablement.requiredNumber("speedup", NumberRange.strictlyBetween(0, 1));
            if (target == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(target, idNode.line());
            if (earlier != null) {
                reader.problem(idNode, "enables: '" + target + "' is already listed at line " + earlier);
                continue;
            }
            enablesRefs.add(Reference.at(target, reader.file(), idNode));
            if (speedup != null) {
                enables.add(new Enablement(target, speedup));
            }
        }
        return enables;
    }

    /** Entries {@code objective-id/kr-id}; whether they exist is checked by {@link CrossReferences}. */
    private List<String> keyResults(Fields fields) {
        List<String> keyResults = new ArrayList<>();
        for (YamlNode item : orEmpty(fields.list("keyResults"))) {
            String text = reader.text(item, "keyResults");
            if (text == null) {
                continue;
            }
            String[] parts = text.split("/", -1);
            if (parts.length != 2 || !IdSyntax.isValid(parts[0]) || !IdSyntax.isValid(parts[1])) {
                reader.problem(item, "keyResults: expected a key result as objective-id/kr-id (like"
                        + " expand-regions/onboarding-days), found " + item.found() + keyResultDidYouMean(parts));
                continue;
            }
            if (keyResults.contains(text)) {
                reader.problem(item, "keyResults: '" + text + "' is listed twice");
                continue;
            }
            keyResults.add(text);
            keyResultRefs.add(Reference.at(text, reader.file(), item));
        }
        return keyResults;
    }

    /** {@code " (did you mean 'grow-revenue/kr-1'?)"} for a reference with ids' slips ("Grow-Revenue/KR 1"), or "". */
    private static String keyResultDidYouMean(String[] parts) {
        if (parts.length != 2) {
            return "";
        }
        String objective = IdSyntax.suggest(parts[0]);
        String keyResult = IdSyntax.suggest(parts[1]);
        return objective == null || keyResult == null ? "" : " (did you mean '" + objective + "/" + keyResult + "'?)";
    }

    private List<String> addresses(Fields fields) {
        List<String> addresses = new ArrayList<>();
        for (YamlNode item : orEmpty(fields.list("addresses"))) {
            String indicator = reader.oneOf(item, "addresses", ADDRESSES);
            if (indicator == null) {
                continue;
            }
            if (addresses.contains(indicator)) {
                reader.problem(item, "addresses: '" + indicator + "' is listed twice");
                continue;
            }
            addresses.add(indicator);
        }
        return addresses;
    }

    private List<String> tags(Fields fields) {
        List<String> tags = new ArrayList<>();
        for (YamlNode item : orEmpty(fields.list("tags"))) {
            String tag = reader.nonBlankText(item, "tags");
            if (tag != null) {
                tags.add(tag);
            }
        }
        return tags;
    }

    /** Label → URL; only http(s) links, so a page can never carry javascript: or data: URLs. */
    private Map<String, String> links(Fields fields) {
        Map<String, String> links = new LinkedHashMap<>();
        YamlNode node = fields.get("links");
        YamlMapping mapping = node == null ? null : reader.mapping(node, "links");
        if (mapping == null) {
            return links;
        }
        for (YamlMapping.Entry entry : mapping.entries()) {
            String url = reader.text(entry.value(), "links");
            if (url == null) {
                continue;
            }
            if (entry.key().isBlank()) {
                // The label is the link's only text: without one the link is invisible on the page.
                reader.problem(entry.line(), entry.column(), "links: a link needs a label before its ':'"
                        + " (like 'Design doc: " + WebLinks.shown(url) + "')");
                continue;
            }
            String link = WebLinks.encodeWhatBrowsersEncode(url.trim());
            String problem = WebLinks.problem(link);
            if (problem != null) {
                reader.problem(entry.value(), "links: '" + entry.key() + "' must be an http:// or https:// URL"
                        + problem + ", found '" + WebLinks.shown(url) + "'" + WebLinks.schemeHint(url.trim()));
                continue;
            }
            links.put(entry.key(), link);
        }
        return links;
    }

    private static List<YamlNode> orEmpty(List<YamlNode> items) {
        return items == null ? List.of() : items;
    }
}
