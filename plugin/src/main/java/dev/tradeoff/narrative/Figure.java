package dev.tradeoff.narrative;

import dev.tradeoff.model.Quarter;

/** A typed value inside a finding's sentence; the view formats it. */
public record Figure(Type type, double number, String text) {

    /** Less money than this is none to name in a sentence: written, it would read $0. */
    static final double HALF_A_CENT = 0.005;

    /** What the value is, which decides how it is written. */
    public enum Type {
        /** An amount of money, written compactly ($1.2M). */
        MONEY,
        /**
         * Money per unit of money spent, written with cents ($2.10) for each {@link #MONEY_UNIT}; in
         * a currency without minor units, in whole units for each hundred (¥210 for each ¥100).
         */
        MONEY_PER_UNIT,
        /** The amount a {@link #MONEY_PER_UNIT} is for: $1, or ¥100 in a currency without minor units. */
        MONEY_UNIT,
        /** A share, written as a percentage. */
        PERCENT,
        /**
         * A share of a capacity, written as a percentage with the decimals it needs not to read as
         * 100% when it is not (100.2% of capacity is an overload, "100%" reads as none).
         */
        SHARE_OF_CAPACITY,
        /**
         * A rate of change, written as a percentage with the decimals it needs not to read as 0%
         * when it is not (0.4% growth a quarter is growth; "0%" reads as none).
         */
        RATE,
        /** A count of quarters ("four quarters"). */
        QUARTERS,
        /** A plain count. */
        COUNT,
        /** A count with its noun, singular or plural ("1 key result", "3 key results"). */
        COUNTED,
        /** A number with one decimal. */
        NUMBER,
        /** A quarter, or any text the user wrote (escaped like all text). */
        TEXT
    }

    public static Figure money(double amount) {
        return new Figure(Type.MONEY, amount, null);
    }

    public static Figure moneyPerUnit(double amount) {
        return new Figure(Type.MONEY_PER_UNIT, amount, null);
    }

    /** The amount of money that {@link #moneyPerUnit} amounts are said against ("for each $1"). */
    public static Figure moneyUnit() {
        return new Figure(Type.MONEY_UNIT, 1, null);
    }

    public static Figure percent(double share) {
        return new Figure(Type.PERCENT, share, null);
    }

    public static Figure shareOfCapacity(double share) {
        return new Figure(Type.SHARE_OF_CAPACITY, share, null);
    }

    public static Figure rate(double share) {
        return new Figure(Type.RATE, share, null);
    }

    public static Figure quarters(int count) {
        return new Figure(Type.QUARTERS, count, null);
    }

    public static Figure count(int count) {
        return new Figure(Type.COUNT, count, null);
    }

    /** {@code count} of {@code singular}, pluralised by the view. */
    public static Figure counted(int count, String singular) {
        return new Figure(Type.COUNTED, count, singular);
    }

    public static Figure number(double value) {
        return new Figure(Type.NUMBER, value, null);
    }

    public static Figure quarter(Quarter quarter) {
        return new Figure(Type.TEXT, 0, quarter.toString());
    }

    public static Figure text(String text) {
        return new Figure(Type.TEXT, 0, text);
    }
}
