package dev.tradeoff.view;

import dev.tradeoff.analysis.ScalabilityInflexion;
import dev.tradeoff.model.Indicator;
import dev.tradeoff.model.YamlName;

/**
 * What an initiative addresses, named as the site names it: an indicator by the signals page's
 * heading for it ("Maintenance burden"), {@code scalability} by the scalability page's name.
 */
final class AddressName {

    private AddressName() {
    }

    static String of(String address) {
        Indicator indicator = YamlName.fromYaml(Indicator.class, address);
        if (indicator != null) {
            return indicator.label();
        }
        return ScalabilityInflexion.SCALABILITY.equals(address) ? NavItem.SCALE.label() : address;
    }
}
