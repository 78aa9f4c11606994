package dev.tradeoff.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.analysis.ScalabilityInflexion;
import dev.tradeoff.model.Indicator;
import org.junit.jupiter.api.Test;

/** What an initiative may address is named as the site names it elsewhere, from one mapping. */
class AddressNameTest {

    @Test
    void anIndicatorIsNamedAsTheSignalsPageHeadsIt() {
        for (Indicator indicator : Indicator.values()) {
            assertThat(AddressName.of(indicator.yamlName())).isEqualTo(indicator.label());
        }
        assertThat(AddressName.of("maintenance")).isEqualTo("Maintenance burden");
        assertThat(AddressName.of("data-silos")).isEqualTo("Data silos");
    }

    @Test
    void scalabilityIsNamedAsTheNavigationNamesItsPage() {
        assertThat(AddressName.of(ScalabilityInflexion.SCALABILITY)).isEqualTo(NavItem.SCALE.label())
                .isEqualTo("Scalability");
        assertThat(NavItem.SECTIONS).contains(NavItem.SCALE);
    }
}
