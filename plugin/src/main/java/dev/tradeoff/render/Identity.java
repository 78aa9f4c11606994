package dev.tradeoff.render;

/** An object as a map key by identity: equal values that are different objects are different keys. */
record Identity(Object object) {

    @Override
    public boolean equals(Object other) {
        return other instanceof Identity identity && identity.object == object;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(object);
    }
}
