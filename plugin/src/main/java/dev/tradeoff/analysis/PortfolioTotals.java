package dev.tradeoff.analysis;

import dev.tradeoff.model.Kind;
import java.util.List;

/** SPEC.md section 3, totals: NPV, PV of benefits and of costs over the non-dropped initiatives, NPV split by kind. */
public final class PortfolioTotals {

    private PortfolioTotals() {
    }

    /** Sums in the order of {@code figures} (id order from {@link InitiativeFinancials#analyse}), skipping dropped ones. */
    public static Totals of(List<InitiativeFigures> figures) {
        double npv = 0;
        double pvBenefits = 0;
        double pvCosts = 0;
        double platformNpv = 0;
        double productNpv = 0;
        for (InitiativeFigures f : figures) {
            if (f.isDropped()) {
                continue;
            }
            npv += f.npv();
            pvBenefits += f.pvBenefits();
            pvCosts += f.pvCosts();
            if (f.initiative().kind() == Kind.PLATFORM) {
                platformNpv += f.npv();
            } else {
                productNpv += f.npv();
            }
        }
        return new Totals(npv, pvBenefits, pvCosts, platformNpv, productNpv);
    }
}
