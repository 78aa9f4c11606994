package dev.tradeoff.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.tradeoff.analysis.AllocationQuarter;
import dev.tradeoff.analysis.IndicatorStatus;
import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.analysis.KeyResultProgress;
import dev.tradeoff.analysis.LatestStart;
import dev.tradeoff.analysis.ObjectiveScore;
import dev.tradeoff.analysis.PlatformMetricStatus;
import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.analysis.ScaleProjection;
import dev.tradeoff.analysis.TeamLoad;
import dev.tradeoff.model.Plan;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.YamlName;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code site/data/portfolio.json}: the contract of SPEC.md section 4. Numbers are written
 * unrounded, absent values as null, lists in the orders the analyses already guarantee.
 */
public final class PortfolioJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private PortfolioJson() {
    }

    public static byte[] write(Portfolio portfolio) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            new Writer(json).portfolio(portfolio);
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One pass over the portfolio, one method per section of the contract. */
    private record Writer(JsonGenerator json) {

        void portfolio(Portfolio portfolio) throws IOException {
            Plan plan = portfolio.strategy().plan();
            json.writeStartObject();
            json.writeStringField("organization", plan.organization());
            json.writeStringField("currency", plan.currency());
            quarter("start", plan.start());
            json.writeNumberField("horizon", plan.horizon());
            totals(portfolio);
            initiatives(portfolio.initiatives());
            allocation(portfolio.allocation());
            sequencing(portfolio);
            okrs(portfolio.okrs());
            alignment(portfolio);
            indicators(portfolio.indicators());
            name("platformPriority", portfolio.platformPriority());
            scale(portfolio.scale());
            teams(portfolio.teams());
            platformProduct(portfolio.platformProduct());
            json.writeEndObject();
        }

        private void totals(Portfolio portfolio) throws IOException {
            var totals = portfolio.totals();
            json.writeObjectFieldStart("totals");
            number("npv", totals.npv());
            number("pvBenefits", totals.pvBenefits());
            number("pvCosts", totals.pvCosts());
            number("platformNpv", totals.platformNpv());
            number("productNpv", totals.productNpv());
            json.writeEndObject();
        }

        private void initiatives(List<InitiativeFigures> initiatives) throws IOException {
            json.writeArrayFieldStart("initiatives");
            for (InitiativeFigures figures : initiatives) {
                var initiative = figures.initiative();
                json.writeStartObject();
                json.writeStringField("id", initiative.id());
                json.writeStringField("title", initiative.title());
                name("kind", initiative.kind());
                name("status", initiative.status());
                quarter("start", initiative.start());
                json.writeNumberField("duration", initiative.duration());
                number("npv", figures.npv());
                number("pvBenefits", figures.pvBenefits());
                number("pvCosts", figures.pvCosts());
                number("roi", figures.roi());
                quarter("paybackQuarter", figures.paybackQuarter());
                number("costOfDelay", figures.costOfDelay());
                number("cd3", figures.cd3());
                name("quadrant", figures.quadrant());
                number("enablementValue", figures.enablementValue());
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private void allocation(List<AllocationQuarter> allocation) throws IOException {
            json.writeArrayFieldStart("allocation");
            for (AllocationQuarter quarter : allocation) {
                json.writeStartObject();
                quarter("quarter", quarter.quarter());
                number("platformShare", quarter.platformShare());
                number("utilisation", quarter.utilisation());
                name("status", quarter.status());
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private void sequencing(Portfolio portfolio) throws IOException {
            var sequencing = portfolio.sequencing();
            json.writeObjectFieldStart("sequencing");
            strings("planOrder", sequencing.planOrder());
            number("planDelayCost", sequencing.planDelayCost());
            strings("cd3Order", sequencing.cd3Order());
            number("cd3DelayCost", sequencing.cd3DelayCost());
            number("saving", sequencing.saving());
            json.writeEndObject();
        }

        private void okrs(List<ObjectiveScore> okrs) throws IOException {
            json.writeArrayFieldStart("okrs");
            for (ObjectiveScore objective : okrs) {
                json.writeStartObject();
                json.writeStringField("id", objective.id());
                number("score", objective.score());
                name("grade", objective.grade());
                json.writeArrayFieldStart("keyResults");
                for (KeyResultProgress keyResult : objective.keyResults()) {
                    json.writeStartObject();
                    json.writeStringField("id", keyResult.keyResult().id());
                    number("progress", keyResult.progress());
                    strings("initiatives", keyResult.initiatives());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private void alignment(Portfolio portfolio) throws IOException {
            var alignment = portfolio.alignment();
            json.writeObjectFieldStart("alignment");
            strings("unfundedKeyResults", alignment.unfundedKeyResults());
            strings("unalignedInitiatives", alignment.unalignedInitiatives());
            number("linkedEffortShare", alignment.linkedEffortShare());
            json.writeEndObject();
        }

        private void indicators(List<IndicatorStatus> indicators) throws IOException {
            json.writeArrayFieldStart("indicators");
            for (IndicatorStatus indicator : indicators) {
                json.writeStartObject();
                name("indicator", indicator.indicator());
                name("status", indicator.status());
                number("worsening", indicator.worsening());
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private void scale(ScaleProjection scale) throws IOException {
            if (scale == null) {
                json.writeNullField("scale");
                return;
            }
            json.writeObjectFieldStart("scale");
            number("growth", scale.growth());
            quarter("breachQuarter", scale.breachQuarter());
            json.writeArrayFieldStart("latestStarts");
            for (LatestStart start : scale.latestStarts()) {
                json.writeStartObject();
                json.writeStringField("id", start.id());
                quarter("latestStart", start.latestStart());
                json.writeNumberField("lateBy", start.lateBy());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }

        private void teams(List<TeamLoad> teams) throws IOException {
            json.writeArrayFieldStart("teams");
            for (TeamLoad team : teams) {
                json.writeStartObject();
                json.writeStringField("id", team.team().id());
                number("capacity", team.capacity());
                number("peakUtilisation", team.peakUtilisation());
                json.writeBooleanField("overloaded", team.overloaded());
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private void platformProduct(List<PlatformMetricStatus> metrics) throws IOException {
            json.writeArrayFieldStart("platformProduct");
            for (PlatformMetricStatus metric : metrics) {
                json.writeStartObject();
                json.writeStringField("metric", metric.metric().metric());
                name("kind", metric.metric().kind());
                number("latest", metric.latest());
                number("worsening", metric.worsening());
                if (metric.onTarget() == null) {
                    json.writeNullField("onTarget");
                } else {
                    json.writeBooleanField("onTarget", metric.onTarget());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        /** A JSON number, or null when absent or not finite (JSON has no NaN). */
        private void number(String field, Double value) throws IOException {
            if (value == null || !Double.isFinite(value)) {
                json.writeNullField(field);
            } else {
                json.writeNumberField(field, value);
            }
        }

        private void quarter(String field, Quarter quarter) throws IOException {
            if (quarter == null) {
                json.writeNullField(field);
            } else {
                json.writeStringField(field, quarter.toString());
            }
        }

        private void name(String field, YamlName value) throws IOException {
            if (value == null) {
                json.writeNullField(field);
            } else {
                json.writeStringField(field, value.yamlName());
            }
        }

        private void strings(String field, List<String> values) throws IOException {
            json.writeArrayFieldStart(field);
            for (String value : values) {
                json.writeString(value);
            }
            json.writeEndArray();
        }
    }
}
