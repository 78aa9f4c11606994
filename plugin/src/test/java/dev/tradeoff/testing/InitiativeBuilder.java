package dev.tradeoff.testing;

import dev.tradeoff.model.Benefit;
import dev.tradeoff.model.BenefitType;
import dev.tradeoff.model.Enablement;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Kind;
import dev.tradeoff.model.Money;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Initiatives for tests of the analyses and the narrative, built as the loader would build them.
 * Defaults: product, committed, starts 2027-Q1, duration 1, effort 0, no money, value and risk 1,
 * titled "Title of &lt;id&gt;".
 */
public final class InitiativeBuilder {

    /** A builder for the initiative {@code id}, with the defaults above. */
    public static InitiativeBuilder initiative(String id) {
        return new InitiativeBuilder(id);
    }

    private final String id;
    private String title;
    private Kind kind = Kind.PRODUCT;
    private String owner;
    private Status status = Status.COMMITTED;
    private Quarter start = Quarter.parse("2027-Q1");
    private int duration = 1;
    private double effort;
    private Money oneOffCost = Money.ZERO;
    private Money runCost = Money.ZERO;
    private final List<Benefit> benefits = new ArrayList<>();
    private Money costOfDelay;
    private double value = 1;
    private double riskReduction = 1;
    private final List<Enablement> enables = new ArrayList<>();
    private List<String> keyResults = List.of();
    private List<String> addresses = List.of();
    private String summary = "";

    private InitiativeBuilder(String id) {
        this.id = id;
        this.title = "Title of " + id;
    }

    public InitiativeBuilder title(String text) {
        title = text;
        return this;
    }

    public InitiativeBuilder platform() {
        kind = Kind.PLATFORM;
        return this;
    }

    public InitiativeBuilder owner(String team) {
        owner = team;
        return this;
    }

    public InitiativeBuilder status(Status s) {
        status = s;
        return this;
    }

    public InitiativeBuilder start(String quarter) {
        start = Quarter.parse(quarter);
        return this;
    }

    public InitiativeBuilder duration(int quarters) {
        duration = quarters;
        return this;
    }

    public InitiativeBuilder effort(double personMonths) {
        effort = personMonths;
        return this;
    }

    public InitiativeBuilder oneOffCost(String money) {
        oneOffCost = Money.parse(money);
        return this;
    }

    public InitiativeBuilder runCost(String money) {
        runCost = Money.parse(money);
        return this;
    }

    public InitiativeBuilder benefit(String amount, int ramp) {
        benefits.add(new Benefit(BenefitType.REVENUE, Money.parse(amount), ramp));
        return this;
    }

    public InitiativeBuilder costOfDelay(String money) {
        costOfDelay = Money.parse(money);
        return this;
    }

    public InitiativeBuilder matrix(double v, double rr) {
        value = v;
        riskReduction = rr;
        return this;
    }

    public InitiativeBuilder enables(String productId, double speedup) {
        enables.add(new Enablement(productId, speedup));
        return this;
    }

    public InitiativeBuilder keyResults(String... references) {
        keyResults = List.of(references);
        return this;
    }

    public InitiativeBuilder addresses(String... what) {
        addresses = List.of(what);
        return this;
    }

    public InitiativeBuilder summary(String markdown) {
        summary = markdown;
        return this;
    }

    /** Like the loader: cost of delay defaults to the sum of the benefit amounts. */
    public Initiative build() {
        Money cod = costOfDelay;
        if (cod == null) {
            cod = Money.of(benefits.stream().mapToDouble(b -> b.amount().amount()).sum());
        }
        return new Initiative(id, title, kind, owner, status, start, duration, effort,
                oneOffCost, runCost, benefits, cod, value, riskReduction, enables, keyResults, addresses,
                summary, List.of(), Map.of(), Map.of(), "initiatives/" + id + ".yaml");
    }
}
