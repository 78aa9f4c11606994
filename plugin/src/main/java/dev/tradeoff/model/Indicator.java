package dev.tradeoff.model;

/** The five signals that say a platform needs priority, in SPEC.md order. */
public enum Indicator implements YamlName {
    RELEASE_VELOCITY("Release velocity"),
    OUTAGES("Outages"),
    COMPLIANCE("Compliance"),
    DATA_SILOS("Data silos"),
    MAINTENANCE("Maintenance burden");

    private final String label;

    Indicator(String label) {
        this.label = label;
    }

    /** Its name for readers, as the signals page heads it ("Maintenance burden"). */
    public String label() {
        return label;
    }
}
