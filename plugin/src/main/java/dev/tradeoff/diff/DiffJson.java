package dev.tradeoff.diff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.tradeoff.analysis.Totals;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.YamlName;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code diff/diff.json}: the contract of SPEC.md section 5 ({@code base}, {@code head},
 * {@code added}, {@code removed}, {@code changed}, {@code totals}, {@code allocation}), each object
 * with its contract fields first and further fields after them. Numbers are unrounded, absent values
 * null, quarters and enum values their YAML spelling; pretty printed with {@code "\n"} line endings.
 */
public final class DiffJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private DiffJson() {
    }

    public static byte[] write(DiffResult diff) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            new Writer(json).diff(diff);
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One pass over the result, one method per section. */
    private record Writer(JsonGenerator json) {

        void diff(DiffResult diff) throws IOException {
            json.writeStartObject();
            json.writeStringField("base", diff.base());
            json.writeStringField("head", diff.head());
            json.writeArrayFieldStart("added");
            for (InitiativeEntry entry : diff.added()) {
                json.writeString(entry.id());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("removed");
            for (InitiativeEntry entry : diff.removed()) {
                json.writeString(entry.id());
            }
            json.writeEndArray();
            changed(diff.changed());
            totals(diff.totals());
            allocation(diff.allocation());
            // Beyond the contract.
            string("baseCommit", diff.baseCommit());
            if (diff.baseMissing()) {
                // Only when true: the diff of two strategies stays as it was, byte for byte.
                json.writeBooleanField("baseMissing", true);
            }
            if (!diff.renamed().isEmpty()) {
                // Only when there are: each is in "removed" and "added" too, as the contract has it.
                json.writeArrayFieldStart("renamed");
                for (RenamedInitiative renamed : diff.renamed()) {
                    json.writeStartObject();
                    json.writeStringField("from", renamed.from());
                    json.writeStringField("to", renamed.to());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeStringField("organization", diff.organization());
            json.writeStringField("currency", diff.currency());
            json.writeArrayFieldStart("platformBand");
            json.writeNumber(diff.bandLow());
            json.writeNumber(diff.bandHigh());
            json.writeEndArray();
            entries("addedInitiatives", diff.added());
            entries("removedInitiatives", diff.removed());
            fields("plan", diff.plan());
            json.writeObjectFieldStart("unfundedKeyResults");
            json.writeNumberField("before", diff.unfundedBefore());
            json.writeNumberField("after", diff.unfundedAfter());
            json.writeEndObject();
            keyResults(diff.keyResults());
            indicators(diff.indicators());
            json.writeObjectFieldStart("platformPriority");
            name("before", diff.platformPriorityBefore());
            name("after", diff.platformPriorityAfter());
            json.writeEndObject();
            scale(diff.scale());
            objectives(diff.objectives());
            teams(diff.teams());
            unstartedWork(diff.unstartedWorkBeforePlan());
            otherFiles(diff.otherFiles());
            json.writeBooleanField("hasEffect", diff.hasEffect());
            json.writeEndObject();
        }

        private void otherFiles(List<FileChange> files) throws IOException {
            json.writeArrayFieldStart("otherFiles");
            for (FileChange file : files) {
                json.writeStartObject();
                json.writeStringField("path", file.path());
                strings("changes", file.changes());
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private void objectives(List<ObjectiveChange> objectives) throws IOException {
            json.writeArrayFieldStart("objectives");
            for (ObjectiveChange o : objectives) {
                json.writeStartObject();
                json.writeStringField("id", o.id());
                number("scoreBefore", o.scoreBefore());
                number("scoreAfter", o.scoreAfter());
                name("gradeBefore", o.gradeBefore());
                name("gradeAfter", o.gradeAfter());
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private void teams(List<TeamChange> teams) throws IOException {
            json.writeArrayFieldStart("teams");
            for (TeamChange t : teams) {
                json.writeStartObject();
                json.writeStringField("id", t.id());
                number("peakUtilisationBefore", t.peakBefore());
                number("peakUtilisationAfter", t.peakAfter());
                json.writeBooleanField("overloadedBefore", t.overloadedBefore());
                json.writeBooleanField("overloadedAfter", t.overloadedAfter());
                staffing("Before", t.before());
                staffing("After", t.after());
                number("undeliverableBefore", t.undeliverableBefore());
                number("undeliverableAfter", t.undeliverableAfter());
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        /** A team's people, capacity and work on one side, each null on a side it is not on. */
        private void staffing(String side, TeamChange.Staffing staffing) throws IOException {
            number("people" + side, staffing == null ? null : staffing.people());
            number("capacity" + side, staffing == null ? null : staffing.capacity());
            number("work" + side, staffing == null ? null : staffing.work());
        }

        private void unstartedWork(List<UnstartedWorkBeforePlan> work) throws IOException {
            json.writeArrayFieldStart("unstartedWorkBeforePlan");
            for (UnstartedWorkBeforePlan w : work) {
                json.writeStartObject();
                json.writeStringField("id", w.id());
                json.writeStringField("title", w.title());
                name("status", w.status());
                quarter("start", w.start());
                quarter("planStart", w.planStart());
                json.writeNumberField("sunkQuartersBefore", w.sunkQuartersBefore());
                json.writeNumberField("sunkQuartersAfter", w.sunkQuartersAfter());
                number("sunkCostBefore", w.sunkCostBefore());
                number("sunkCostAfter", w.sunkCostAfter());
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private void changed(List<ChangedInitiative> changed) throws IOException {
            json.writeArrayFieldStart("changed");
            for (ChangedInitiative c : changed) {
                json.writeStartObject();
                json.writeStringField("id", c.id());
                fields("fields", c.fields());
                number("npvDelta", c.npvDelta());
                json.writeNumberField("startShift", c.startShift());
                json.writeStringField("title", c.title());
                name("kind", c.kind());
                name("statusBefore", c.statusBefore());
                name("statusAfter", c.statusAfter());
                number("npvBefore", c.npvBefore());
                number("npvAfter", c.npvAfter());
                quarter("startBefore", c.startBefore());
                quarter("startAfter", c.startAfter());
                number("costOfDelay", c.costOfDelay());
                number("delayCost", c.delayCost());
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private void totals(TotalsChange totals) throws IOException {
            Totals before = totals.before();
            Totals after = totals.after();
            json.writeObjectFieldStart("totals");
            number("npvBefore", totals.npvBefore());
            number("npvAfter", totals.npvAfter());
            number("npvDelta", totals.npvDelta());
            number("platformNpvBefore", before.platformNpv());
            number("platformNpvAfter", after.platformNpv());
            number("productNpvBefore", before.productNpv());
            number("productNpvAfter", after.productNpv());
            number("pvBenefitsBefore", before.pvBenefits());
            number("pvBenefitsAfter", after.pvBenefits());
            number("pvCostsBefore", before.pvCosts());
            number("pvCostsAfter", after.pvCosts());
            number("enablementValueBefore", totals.enablementBefore());
            number("enablementValueAfter", totals.enablementAfter());
            number("enablementValueDelta", totals.enablementAfter() - totals.enablementBefore());
            json.writeEndObject();
            json.writeObjectFieldStart("sequencing");
            number("planDelayCostBefore", totals.sequencingBefore().planDelayCost());
            number("planDelayCostAfter", totals.sequencingAfter().planDelayCost());
            number("planDelayCostDelta", totals.sequencingAfter().planDelayCost() - totals.sequencingBefore().planDelayCost());
            number("cd3DelayCostBefore", totals.sequencingBefore().cd3DelayCost());
            number("cd3DelayCostAfter", totals.sequencingAfter().cd3DelayCost());
            number("savingBefore", totals.sequencingBefore().saving());
            number("savingAfter", totals.sequencingAfter().saving());
            json.writeEndObject();
        }

        private void allocation(List<AllocationChange> allocation) throws IOException {
            json.writeArrayFieldStart("allocation");
            for (AllocationChange q : allocation) {
                json.writeStartObject();
                quarter("quarter", q.quarter());
                number("platformShareBefore", q.platformShareBefore());
                number("platformShareAfter", q.platformShareAfter());
                number("utilisationBefore", q.utilisationBefore());
                number("utilisationAfter", q.utilisationAfter());
                name("statusBefore", q.statusBefore());
                name("statusAfter", q.statusAfter());
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private void entries(String field, List<InitiativeEntry> entries) throws IOException {
            json.writeArrayFieldStart(field);
            for (InitiativeEntry e : entries) {
                json.writeStartObject();
                json.writeStringField("id", e.id());
                json.writeStringField("title", e.title());
                name("kind", e.kind());
                name("status", e.status());
                quarter("start", e.start());
                json.writeNumberField("duration", e.duration());
                number("npv", e.npv());
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private void fields(String field, List<FieldChange> changes) throws IOException {
            json.writeArrayFieldStart(field);
            for (FieldChange change : changes) {
                json.writeStartObject();
                json.writeStringField("field", change.field());
                json.writeFieldName("before");
                scalar(change.before());
                json.writeFieldName("after");
                scalar(change.after());
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private void keyResults(List<KeyResultFunding> keyResults) throws IOException {
            json.writeArrayFieldStart("keyResults");
            for (KeyResultFunding k : keyResults) {
                json.writeStartObject();
                json.writeStringField("keyResult", k.reference());
                json.writeStringField("title", k.title());
                json.writeStringField("change", k.lost() ? "loses-last-initiative" : "gains-first-initiative");
                strings("initiativesBefore", k.before());
                strings("initiativesAfter", k.after());
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private void indicators(List<IndicatorChange> indicators) throws IOException {
            json.writeArrayFieldStart("indicators");
            for (IndicatorChange i : indicators) {
                json.writeStartObject();
                name("indicator", i.indicator());
                name("statusBefore", i.statusBefore());
                name("statusAfter", i.statusAfter());
                number("worseningBefore", i.worseningBefore());
                number("worseningAfter", i.worseningAfter());
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private void scale(ScaleChange scale) throws IOException {
            if (scale == null) {
                json.writeNullField("scale");
                return;
            }
            json.writeObjectFieldStart("scale");
            quarter("breachQuarterBefore", scale.breachBefore());
            quarter("breachQuarterAfter", scale.breachAfter());
            Integer shift = scale.breachShift();
            if (shift == null) {
                json.writeNullField("breachShift");
            } else {
                json.writeNumberField("breachShift", shift);
            }
            json.writeArrayFieldStart("latestStarts");
            for (LatenessChange l : scale.lateness()) {
                json.writeStartObject();
                json.writeStringField("id", l.id());
                quarter("latestStartBefore", l.latestStartBefore());
                quarter("latestStartAfter", l.latestStartAfter());
                integer("lateByBefore", l.lateByBefore());
                integer("lateByAfter", l.lateByAfter());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }

        /** A value of {@link FieldChange}: string, number, boolean or null. */
        private void scalar(Object value) throws IOException {
            if (value == null) {
                json.writeNull();
            } else if (value instanceof String s) {
                json.writeString(s);
            } else if (value instanceof Boolean b) {
                json.writeBoolean(b);
            } else if (value instanceof BigDecimal d) {
                json.writeNumber(d.toPlainString());
            } else if (value instanceof Integer i) {
                json.writeNumber(i);
            } else if (value instanceof Double d && Double.isFinite(d)) {
                json.writeNumber(d);
            } else {
                json.writeString(FieldValues.flow(value));
            }
        }

        /** A JSON number, or null when absent or not finite (JSON has no NaN). */
        private void number(String field, Double value) throws IOException {
            if (value == null || !Double.isFinite(value)) {
                json.writeNullField(field);
            } else {
                json.writeNumberField(field, value);
            }
        }

        private void integer(String field, Integer value) throws IOException {
            if (value == null) {
                json.writeNullField(field);
            } else {
                json.writeNumberField(field, value);
            }
        }

        private void string(String field, String value) throws IOException {
            if (value == null) {
                json.writeNullField(field);
            } else {
                json.writeStringField(field, value);
            }
        }

        private void quarter(String field, Quarter quarter) throws IOException {
            string(field, quarter == null ? null : quarter.toString());
        }

        private void name(String field, YamlName value) throws IOException {
            string(field, value == null ? null : value.yamlName());
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
