package dev.tradeoff.diff;

/**
 * One field that differs between the two versions of a file, named as in the YAML
 * ({@code start}, {@code oneOffCost}, {@code x-team-notes}). Values are JSON scalars: a
 * {@link String}, a {@link java.math.BigDecimal}, an {@link Integer}, a {@link Boolean}, or null
 * when the field is absent. Lists and maps are written as one string in YAML flow style
 * ({@code [revenue 150000/quarter ramp 1]} becomes {@code "[{type: revenue, amount: 150000, ramp: 1}]"}).
 */
public record FieldChange(String field, Object before, Object after) {
}
