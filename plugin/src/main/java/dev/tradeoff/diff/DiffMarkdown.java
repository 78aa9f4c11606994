package dev.tradeoff.diff;

import static dev.tradeoff.diff.DiffWording.TITLE_CHARS;
import static dev.tradeoff.diff.MarkdownText.code;
import static dev.tradeoff.diff.MarkdownText.escape;

import dev.tradeoff.diff.DiffView.BandRow;
import dev.tradeoff.diff.DiffView.ChangedRow;
import dev.tradeoff.diff.DiffView.EntryRow;
import dev.tradeoff.diff.DiffView.FieldRow;
import dev.tradeoff.diff.DiffView.FileRow;
import dev.tradeoff.diff.DiffView.KeyResultRow;
import dev.tradeoff.diff.DiffView.MoveRow;
import dev.tradeoff.diff.DiffView.ShiftRow;
import dev.tradeoff.diff.DiffView.SummaryRow;
import dev.tradeoff.diff.DiffView.UnstartedWorkRow;
import dev.tradeoff.render.SiteUrl;
import dev.tradeoff.view.NumberFormats;
import dev.tradeoff.view.PageName;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code diff/diff.md}: the diff as a pull-request comment. The verdict, the summary table, then the
 * schedule shifts, unstarted work counted as already spent, band changes, key results, indicator and
 * breach moves, added, removed and changed initiatives, plan settings and the other files that
 * changed, each the largest effects first. With no figure moved and no initiative or plan setting
 * changed, the summary table (all dashes) is left out.
 *
 * <p>It is always shorter than {@link #LIMIT} characters (GitHub rejects comments of 65,536 and more),
 * however large the change: user text is cut at a few hundred characters, each changed initiative
 * shows at most {@link #FIELDS_PER_INITIATIVE} fields, and the sections share the space left after
 * the summary (a section that needs less leaves the rest to the others); what does not fit is
 * counted ("… and 4,210 more changed initiatives"). A change with no effect is one line.
 */
public final class DiffMarkdown {

    /** diff.md is always shorter than this many characters. */
    public static final int LIMIT = 60_000;

    /** Fields shown per changed initiative; the rest are counted. */
    static final int FIELDS_PER_INITIATIVE = 12;

    /**
     * Room kept free under {@link #LIMIT} for the headings and "… and N more" lines; no section is
     * given more than this.
     */
    static final int BUDGET = LIMIT - 2_000;
    private static final int TEXT_CHARS = 200;
    private static final int GATE_CHARS = 600;

    private DiffMarkdown() {
    }

    /** The comment, naming initiatives without links. */
    public static String write(DiffView view) {
        return write(view, null);
    }

    /**
     * The comment; with {@code siteUrl} (where the head's site is published, null for none) each
     * initiative of the head links to its page there, and the head to the site.
     */
    public static String write(DiffView view, SiteUrl siteUrl) {
        if (!view.hasEffect()) {
            return escape(view.headline()) + "\n";
        }
        InitiativeNames names = new InitiativeNames(siteUrl);
        StringBuilder out = new StringBuilder();
        head(view, siteUrl, out);
        List<Section> sections = sections(view, names);
        int[] allowance = share(sections, BUDGET - out.length());
        for (int i = 0; i < sections.size(); i++) {
            sections.get(i).render(allowance[i], out);
        }
        if (out.length() >= LIMIT) {
            // Cannot happen with the budget above; kept so the bound holds whatever the content.
            int cut = out.lastIndexOf("\n", LIMIT - 200);
            out.setLength(Math.max(cut, 0));
            out.append("\n\n… the rest does not fit in one comment; see diff.html or diff.json.\n");
        }
        return out.toString();
    }

    private static void head(DiffView view, SiteUrl siteUrl, StringBuilder out) {
        out.append("## Strategy change: ").append(escape(view.organization(), TITLE_CHARS)).append("\n\n");
        if (view.baseNote() != null) {
            out.append("> ").append(escape(view.baseNote(), TEXT_CHARS + 100)).append("\n\n");
        }
        out.append("**").append(escape(view.headline())).append("**\n\n");
        if (!view.drivers().isEmpty()) {
            // Four effects at most (the three largest and a slip), each title cut at TITLE_CHARS.
            out.append(escape(MarkdownText.truncate(view.drivers(), 4 * TITLE_CHARS + 600))).append("\n\n");
        }
        out.append("Compares **").append(escape(view.head(), TEXT_CHARS)).append("** with the base **")
                .append(escape(view.base(), TEXT_CHARS)).append("**");
        if (view.baseCommit() != null) {
            out.append(" (").append(code(view.baseCommit())).append(')');
        }
        out.append('.');
        if (siteUrl != null) {
            out.append(" [The site as changed](").append(siteUrl.text()).append(").");
        }
        out.append('\n');
        if (!view.gateFailures().isEmpty()) {
            out.append("\n**Failed gates**\n\n");
            for (String failure : view.gateFailures().subList(0, Math.min(10, view.gateFailures().size()))) {
                out.append("- ").append(escape(failure, GATE_CHARS)).append('\n');
            }
        }
        if (view.summary().isEmpty()) {
            return;
        }
        out.append("\n| | Before | After | Change |\n|---|--:|--:|--:|\n");
        for (SummaryRow row : view.summary()) {
            out.append("| ").append(escape(row.label())).append(" | ").append(escape(row.before())).append(" | ")
                    .append(escape(row.after())).append(" | ").append(escape(row.change())).append(" |\n");
        }
    }

    private static List<Section> sections(DiffView view, InitiativeNames names) {
        List<Section> sections = new ArrayList<>();
        sections.add(Section.of("### Schedule shifts",
                "| Initiative | Start | Shift | Delay cost |\n|---|---|---|--:|\n",
                view.shifts(), row -> shift(row, names), "schedule shift"));
        sections.add(Section.of("### Unstarted work counted as already spent",
                "Proposed and committed initiatives that start before the plan's start: their quarters before it"
                        + " count as already spent, so that cost (undiscounted here) is in no figure although the"
                        + " work has not started.\n\n"
                        + "| Initiative | Status | Start | Quarters before the plan | Cost counted as spent |\n"
                        + "|---|---|---|--:|--:|\n",
                view.unstartedWork(), row -> unstartedWork(row, names), "initiative"));
        sections.add(Section.of("### Platform share against the band (" + escape(view.band()) + ")",
                "| Quarter | Before | After | |\n|---|--:|--:|---|\n",
                view.bandChanges(), DiffMarkdown::band, "quarter"));
        sections.add(Section.of("### Key results",
                null, view.keyResults(), DiffMarkdown::keyResult, "key result"));
        sections.add(Section.of("### Indicators, scalability, teams and objectives",
                "| | Before | After | |\n|---|---|---|---|\n",
                view.moves(), DiffMarkdown::move, "move"));
        sections.add(Section.of("### Added initiatives (" + NumberFormats.count(view.added().size()) + ")",
                null, view.added(), row -> entry(row, names), "added initiative"));
        sections.add(Section.of("### Removed initiatives (" + NumberFormats.count(view.removed().size()) + ")",
                null, view.removed(), row -> entry(row, InitiativeNames.UNLINKED), "removed initiative"));
        sections.add(Section.of("### Renamed initiatives (" + NumberFormats.count(view.renamed().size()) + ")",
                null, view.renamed(), row -> renamed(row, names), "renamed initiative"));
        sections.add(Section.of("### Changed initiatives (" + NumberFormats.count(view.changed().size()) + ")",
                null, view.changed(), row -> changed(row, names), "changed initiative"));
        sections.add(Section.of("### Plan settings (strategy.yaml)",
                "| Setting | Before | After |\n|---|---|---|\n",
                view.plan(), DiffMarkdown::field, "setting"));
        sections.add(Section.of("### Other files changed (" + NumberFormats.count(view.otherFiles().size()) + ")",
                null, view.otherFiles(), DiffMarkdown::otherFile, "other file"));
        sections.removeIf(section -> section.count() == 0);
        return sections;
    }

    /**
     * Splits {@code budget} characters among the sections: every section that needs no more than an
     * equal share of what is left gets what it needs, and the others share the rest equally.
     */
    static int[] share(List<Section> sections, int budget) {
        int[] allowance = new int[sections.size()];
        boolean[] settled = new boolean[sections.size()];
        int left = Math.max(0, budget);
        int open = sections.size();
        boolean progress = true;
        while (open > 0 && progress) {
            progress = false;
            int fair = left / open;
            for (int i = 0; i < sections.size(); i++) {
                if (!settled[i] && sections.get(i).size() <= fair) {
                    allowance[i] = sections.get(i).size();
                    settled[i] = true;
                    left -= allowance[i];
                    open--;
                    progress = true;
                }
            }
        }
        for (int i = 0; i < sections.size(); i++) {
            if (!settled[i]) {
                allowance[i] = left / open;
            }
        }
        return allowance;
    }

    /**
     * A heading, an optional table header, and items that each end with a newline: the first
     * {@code items} of {@code count}. Only the first items are formatted, up to the first that takes
     * them over {@link #BUDGET} characters; no section is ever given room for more, so the rest would
     * be formatted only to be counted (a diff of 10,000 changed initiatives shows a few hundred).
     * {@code noun} names one item ("changed initiative"): the rest are counted with it.
     */
    record Section(String heading, String tableHeader, List<String> items, int count, String noun) {

        static <T> Section of(String heading, String tableHeader, List<T> rows, Function<T, String> format,
                String noun) {
            List<String> items = new ArrayList<>();
            int size = 0;
            for (int i = 0; i < rows.size() && size <= BUDGET; i++) {
                String item = format.apply(rows.get(i));
                items.add(item);
                size += item.length();
            }
            return new Section(heading, tableHeader, items, rows.size(), noun);
        }

        /** Characters this section needs to show every item; more than {@link #BUDGET} when not all are formatted. */
        int size() {
            int size = heading.length() + 3 + (tableHeader == null ? 0 : tableHeader.length());
            for (String item : items) {
                size += item.length();
            }
            return size;
        }

        /** Writes the heading and as many items, largest first, as fit in {@code allowance}; counts the rest. */
        void render(int allowance, StringBuilder out) {
            int start = out.length();
            out.append('\n').append(heading).append("\n\n");
            if (tableHeader != null) {
                out.append(tableHeader);
            }
            int shown = 0;
            for (String item : items) {
                if (out.length() - start + item.length() > allowance) {
                    break;
                }
                out.append(item);
                shown++;
            }
            int rest = count - shown;
            if (rest > 0) {
                // A blank line first: a line right after a table would become one of its rows.
                out.append("\n… and ").append(DiffWording.count(rest, "more " + noun))
                        .append(" (see diff.html or diff.json)\n");
            }
        }
    }

    private static String shift(ShiftRow row, InitiativeNames names) {
        return "| " + names.of(row.title(), row.id()) + " (" + code(row.id()) + ") | " + row.from() + " → " + row.to()
                + " | " + escape(row.shift()) + " | " + escape(row.delayCost()) + " |\n";
    }

    private static String unstartedWork(UnstartedWorkRow row, InitiativeNames names) {
        return "| " + names.of(row.title(), row.id()) + " (" + code(row.id()) + ") | " + row.status() + " | "
                + row.start() + " (plan from " + row.planStart() + ") | " + row.quarters() + " | " + escape(row.cost())
                + " |\n";
    }

    private static String band(BandRow row) {
        return "| " + row.quarter() + " | " + escape(row.before()) + " | " + escape(row.after()) + " | "
                + escape(row.verdict()) + " |\n";
    }

    private static String keyResult(KeyResultRow row) {
        return "- " + code(row.reference()) + " " + escape(row.title(), TITLE_CHARS) + ": "
                + escape(row.text(), TEXT_CHARS) + "\n";
    }

    private static String move(MoveRow row) {
        return "| " + escape(row.subject(), TITLE_CHARS) + " | " + escape(row.before()) + " | " + escape(row.after())
                + " | " + escape(row.note()) + " |\n";
    }

    /**
     * "- **Reporting** (`reporting`): product, proposed, from 2027-Q3; its own NPV −$115k, portfolio NPV
     * +$115k" for a removed one; an added one's change to the portfolio is its own NPV, said once.
     */
    private static String entry(EntryRow row, InitiativeNames names) {
        String portfolio = row.portfolioNpv();
        boolean saysMore = portfolio != null && !portfolio.replace("+", "").equals(row.npv());
        return "- **" + names.of(row.title(), row.id()) + "** (" + code(row.id()) + "): " + row.kind() + ", "
                + row.status() + ", from " + row.start() + "; its own NPV " + escape(row.npv())
                + (saysMore ? ", portfolio NPV " + escape(portfolio) : "") + "\n";
    }

    private static String renamed(RenamedInitiative row, InitiativeNames names) {
        return "- **" + names.of(row.title(), row.to()) + "**: " + code(row.from()) + " → " + code(row.to())
                + ", its file otherwise as it was\n";
    }

    private static String changed(ChangedRow row, InitiativeNames names) {
        StringBuilder item = new StringBuilder();
        item.append("#### ").append(names.of(row.title(), row.id())).append(" (").append(code(row.id()))
                .append(")\n\n");
        item.append("NPV ").append(escape(row.npvDelta()));
        if (row.shift() != null) {
            item.append("; starts ").append(escape(row.shift()));
            if (row.delayCost() != null) {
                item.append(", delay cost ").append(escape(row.delayCost()));
            }
        }
        if (row.note() != null) {
            item.append("; ").append(escape(row.note()));
        }
        item.append(".\n");
        if (!row.fields().isEmpty()) {
            item.append("\n| Field | Before | After |\n|---|---|---|\n");
            List<FieldRow> fields = row.fields();
            for (FieldRow field : fields.subList(0, Math.min(FIELDS_PER_INITIATIVE, fields.size()))) {
                item.append(field(field));
            }
            if (fields.size() > FIELDS_PER_INITIATIVE) {
                item.append("\n… and ").append(DiffWording.count(fields.size() - FIELDS_PER_INITIATIVE, "more field"))
                        .append('\n');
            }
        }
        return item.append('\n').toString();
    }

    private static String otherFile(FileRow row) {
        return "- " + code(row.path()) + ": " + escape(row.changes(), TEXT_CHARS) + "\n";
    }

    private static String field(FieldRow row) {
        return "| " + escape(row.field(), TITLE_CHARS) + " | "
                + escape(MarkdownText.aroundFirstDifference(row.before(), row.after(), TEXT_CHARS)) + " | "
                + escape(MarkdownText.aroundFirstDifference(row.after(), row.before(), TEXT_CHARS)) + " |\n";
    }

    /** An initiative of the head by its title, cut and escaped; linked to its page when the site is published. */
    private record InitiativeNames(SiteUrl siteUrl) {

        /** Titles without links: for the base's initiatives, which the head's site has no page for. */
        static final InitiativeNames UNLINKED = new InitiativeNames(null);

        String of(String title, String id) {
            String escaped = escape(title, TITLE_CHARS);
            return siteUrl == null ? escaped
                    : "[" + escaped + "](" + siteUrl.text() + "initiatives/" + PageName.of(id) + ")";
        }
    }
}
