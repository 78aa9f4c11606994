package dev.tradeoff.view;

import dev.tradeoff.narrative.Figure;
import dev.tradeoff.narrative.Finding;
import java.util.List;

/** Writes findings out as sentences, formatting each figure by its type. */
public final class Sentences {

    private final MoneyFormat money;

    public Sentences(MoneyFormat money) {
        this.money = money;
    }

    public List<Sentence> write(List<Finding> findings) {
        return findings.stream().map(this::write).toList();
    }

    public Sentence write(Finding finding) {
        String template = finding.template();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i) {
                int index = Integer.parseInt(template.substring(i + 1, close));
                text.append(format(finding.figures().get(index)));
                i = close + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        return new Sentence(finding.severity().yamlName(), finding.topic(), text.toString());
    }

    private String format(Figure figure) {
        return switch (figure.type()) {
            case MONEY -> money.compact(figure.number());
            case MONEY_PER_UNIT -> money.perUnit(figure.number());
            case MONEY_UNIT -> money.perUnitBase();
            case PERCENT -> NumberFormats.percent(figure.number());
            case SHARE_OF_CAPACITY -> NumberFormats.shareOfCapacity(figure.number());
            case RATE -> NumberFormats.percentAgainst(figure.number(), 0);
            case QUARTERS -> {
                int count = (int) figure.number();
                yield NumberFormats.words(count) + (count == 1 ? " quarter" : " quarters");
            }
            case COUNT -> NumberFormats.count((long) figure.number());
            case COUNTED -> {
                int count = (int) figure.number();
                yield NumberFormats.count(count) + " " + figure.text() + (count == 1 ? "" : "s");
            }
            case NUMBER -> NumberFormats.number(figure.number(), 1);
            case TEXT -> figure.text();
        };
    }
}
