package dev.tradeoff.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.model.Quarter;
import dev.tradeoff.narrative.Figure;
import dev.tradeoff.narrative.Finding;
import dev.tradeoff.narrative.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings become sentences: each placeholder replaced by its figure, formatted by type. */
class SentencesTest {

    private final Sentences usd = new Sentences(new MoneyFormat("USD"));

    private String write(String template, Figure... figures) {
        return usd.write(Finding.of(Severity.INFO, "topic", template, figures)).text();
    }

    @Test
    void replacesEveryPlaceholderByItsFigure() {
        assertThat(write("Saves {0} over {1} in {2}.",
                Figure.money(1_200_000), Figure.quarters(4), Figure.quarter(Quarter.parse("2027-Q3"))))
                .isEqualTo("Saves $1.2M over four quarters in 2027-Q3.");
    }

    @Test
    void placeholdersMayComeInAnyOrderAndRepeat() {
        assertThat(write("{1}, then {0}, then {1} again", Figure.text("a"), Figure.text("b")))
                .isEqualTo("b, then a, then b again");
    }

    @Test
    void countedPluralisesItsNoun() {
        assertThat(write("{0}", Figure.counted(1, "key result"))).isEqualTo("1 key result");
        assertThat(write("{0}", Figure.counted(3, "key result"))).isEqualTo("3 key results");
        assertThat(write("{0}", Figure.counted(0, "objective"))).isEqualTo("0 objectives");
    }

    @Test
    void quartersAreWrittenInWords() {
        assertThat(write("{0}", Figure.quarters(1))).isEqualTo("one quarter");
        assertThat(write("{0}", Figure.quarters(3))).isEqualTo("three quarters");
        assertThat(write("{0}", Figure.quarters(0))).isEqualTo("zero quarters");
        assertThat(write("{0}", Figure.quarters(20))).isEqualTo("20 quarters");
    }

    @Test
    void eachTypeHasItsFormat() {
        assertThat(write("{0}", Figure.moneyPerUnit(2.1))).isEqualTo("$2.10");
        assertThat(write("{0}", Figure.percent(0.2349))).isEqualTo("23%");
        assertThat(write("{0}", Figure.count(7))).isEqualTo("7");
        assertThat(write("{0}", Figure.number(12.345))).isEqualTo("12.3");
        assertThat(write("{0}", Figure.money(-20_000))).isEqualTo("\u2212$20k");
    }

    @Test
    void moneyFollowsTheStrategysCurrency() {
        Sentences eur = new Sentences(new MoneyFormat("EUR"));
        assertThat(eur.write(Finding.of(Severity.INFO, "t", "{0}", Figure.money(450_000))).text())
                .isEqualTo("€450k");
    }

    @Test
    void userTextIsNotReadAsATemplate() {
        assertThat(write("Rethink {0}.", Figure.text("Project {1} {0}"), Figure.text("x")))
                .isEqualTo("Rethink Project {1} {0}.");
    }

    @Test
    void keepsTheSeverityAndTopic() {
        Sentence sentence = usd.write(Finding.of(Severity.CRITICAL, "scale", "Now."));
        assertThat(sentence.severity()).isEqualTo("critical");
        assertThat(sentence.topic()).isEqualTo("scale");
        assertThat(sentence.text()).isEqualTo("Now.");
    }

    @Test
    void writesListsInOrder() {
        List<Sentence> sentences = usd.write(List.of(
                Finding.of(Severity.GOOD, "a", "first"), Finding.of(Severity.WARNING, "b", "second")));
        assertThat(sentences).extracting(Sentence::text).containsExactly("first", "second");
        assertThat(sentences).extracting(Sentence::severity).containsExactly("good", "warning");
    }

    @Test
    void aRatioIsSaidForEachDollarAndForEachHundredYen() {
        String template = "Brings back {0} of benefits for each {1} it costs.";
        assertThat(write(template, Figure.moneyPerUnit(1.6667), Figure.moneyUnit()))
                .isEqualTo("Brings back $1.67 of benefits for each $1 it costs.");
        Sentences jpy = new Sentences(new MoneyFormat("JPY"));
        assertThat(jpy.write(Finding.of(Severity.INFO, "return", template, Figure.moneyPerUnit(166.6667),
                Figure.moneyUnit())).text())
                .isEqualTo("Brings back ¥16,667 of benefits for each ¥100 it costs.");
    }
}
