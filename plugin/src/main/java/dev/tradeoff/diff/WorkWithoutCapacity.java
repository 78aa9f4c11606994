package dev.tradeoff.diff;

import static dev.tradeoff.diff.DiffWording.count;
import static dev.tradeoff.diff.DiffWording.title;

import dev.tradeoff.diff.TeamChange.Staffing;
import dev.tradeoff.view.NumberFormats;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdict's words for work that moves onto or off a team with no capacity (no people, or a
 * focus of 0). SPEC.md gives such a team no peak utilisation and never calls it overloaded, so
 * without these a change that hands work to nobody reads as no change at all.
 */
final class WorkWithoutCapacity {

    private WorkWithoutCapacity() {
    }

    /**
     * "puts 6 person-months of work on Ghost, a team with no people, which can deliver none of it",
     * then "takes 4 person-months of work off Ghost, a team with no people"; each only when it applies.
     */
    static List<String> clauses(List<TeamChange> teams) {
        List<String> clauses = new ArrayList<>();
        List<TeamChange> stranding = teams.stream().filter(TeamChange::strandsWork).toList();
        List<TeamChange> freeing = teams.stream().filter(TeamChange::freesStrandedWork).toList();
        if (!stranding.isEmpty()) {
            clauses.add(stranding(stranding));
        }
        if (!freeing.isEmpty()) {
            clauses.add(freeing(freeing));
        }
        return clauses;
    }

    private static String stranding(List<TeamChange> teams) {
        double work = teams.stream().mapToDouble(t -> t.undeliverableAfter() - t.undeliverableBefore()).sum();
        if (teams.size() > 1) {
            return "puts " + personMonths(work) + " of work on " + count(teams.size(), "team") + " with "
                    + lacking(teams.stream().map(TeamChange::after).toList()) + ", which can deliver none of it";
        }
        TeamChange team = teams.get(0);
        if (team.before() != null && team.before().capacity() > 0) {
            // The work stayed; the people left.
            return "strands " + personMonths(work) + " of work with " + title(team.name()) + ", which now has "
                    + lacking(List.of(team.after())) + " and can deliver none of it";
        }
        // Work added to what it already could not deliver is said as more of it.
        String amount = team.undeliverableBefore() > TeamChange.PERSON_MONTH_NOISE ? personMonths(work, "more ") : personMonths(work);
        return "puts " + amount + " of work on " + title(team.name())
                + ", a team with " + lacking(List.of(team.after())) + ", which can deliver none of it";
    }

    private static String freeing(List<TeamChange> teams) {
        double work = teams.stream().mapToDouble(t -> t.undeliverableBefore() - t.undeliverableAfter()).sum();
        if (teams.size() > 1) {
            return "no longer strands " + personMonths(work) + " of work on " + count(teams.size(), "team")
                    + " with " + lacking(teams.stream().map(TeamChange::before).toList());
        }
        TeamChange team = teams.get(0);
        if (team.after() != null && team.after().capacity() > 0) {
            return "gives " + title(team.name()) + " the capacity for " + personMonths(work)
                    + " of work it could not deliver";
        }
        return "takes " + personMonths(work) + " of work off " + title(team.name()) + ", a team with "
                + lacking(List.of(team.before()));
    }

    /** "no people", or "no capacity" when some of the teams have people but a focus of 0 leaves them no time. */
    private static String lacking(List<Staffing> sides) {
        return sides.stream().allMatch(side -> side.people() == 0) ? "no people" : "no capacity";
    }

    /** "6 person-months", "1 person-month", "2.5 person-months". */
    static String personMonths(double amount) {
        return personMonths(amount, "");
    }

    /** "6 more person-months": {@code words} between the number and the unit. */
    private static String personMonths(double amount, String words) {
        String number = NumberFormats.number(amount, 1);
        return number + " " + words + (number.equals("1") ? "person-month" : "person-months");
    }
}
