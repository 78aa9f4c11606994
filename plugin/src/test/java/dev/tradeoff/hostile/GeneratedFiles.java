package dev.tradeoff.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The parts of corpus cases that are made by the test rather than committed: bytes that are not
 * UTF-8, a 50 MB file, deep nesting, symbolic links, names with backslashes, and the line and
 * paragraph separators that editors hide or strip. Each generator
 * works on the strategy folder already laid out from the case's {@code strategy/} (if any).
 */
final class GeneratedFiles {

    /** A title, objective or name that is long: exactly 10,000 characters. */
    static final int LONG = 10_000;

    /** Text that must never leave the files outside the strategy folder. */
    static final String SECRET = "TRADEOFF-SECRET-OUTSIDE-THE-FOLDER";

    @FunctionalInterface
    interface Generator {
        /** Adds or changes files in {@code strategy}; returns strings the site must show as text. */
        List<String> generate(Path strategy, Path scratch) throws IOException;
    }

    static final Map<String, Generator> GENERATORS = Map.ofEntries(
            Map.entry("empty-folder", GeneratedFiles::emptyFolder),
            Map.entry("byte-order-mark", GeneratedFiles::byteOrderMarks),
            Map.entry("invalid-utf8", GeneratedFiles::invalidUtf8),
            Map.entry("large-file", GeneratedFiles::largeFile),
            Map.entry("deep-nesting", GeneratedFiles::deepNesting),
            Map.entry("deeply-nested-markdown", GeneratedFiles::deeplyNestedMarkdown),
            Map.entry("markdown-nested-on-one-line", GeneratedFiles::markdownNestedOnOneLine),
            Map.entry("long-title", GeneratedFiles::longTitles),
            Map.entry("path-traversal-file-names", GeneratedFiles::backslashNames),
            Map.entry("symlinks-out-of-the-folder", GeneratedFiles::symlinksOut),
            Map.entry("million-digit-numbers", GeneratedFiles::millionDigitNumbers),
            Map.entry("long-ids", GeneratedFiles::longIds),
            Map.entry("line-separators", GeneratedFiles::lineSeparators),
            Map.entry("line-separators-before-problems", GeneratedFiles::lineSeparatorsBeforeProblems));

    private GeneratedFiles() {
    }

    /** Nothing at all, and the sub-folders present but empty. */
    private static List<String> emptyFolder(Path strategy, Path scratch) throws IOException {
        Files.createDirectories(strategy.resolve("initiatives"));
        Files.createDirectories(strategy.resolve("okrs"));
        Files.createDirectories(strategy.resolve("pages"));
        return List.of();
    }

    /** A UTF-8 byte-order mark in front of every file. */
    private static List<String> byteOrderMarks(Path strategy, Path scratch) throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        for (Path file : files(strategy)) {
            byte[] content = Files.readAllBytes(file);
            byte[] marked = new byte[bom.length + content.length];
            System.arraycopy(bom, 0, marked, 0, bom.length);
            System.arraycopy(content, 0, marked, bom.length, content.length);
            Files.write(file, marked);
        }
        return List.of();
    }

    /** Bytes that are not UTF-8: a broken two-byte sequence, an overlong '/', a surrogate, 0xFF, Latin-1. */
    private static List<String> invalidUtf8(Path strategy, Path scratch) throws IOException {
        replace(strategy.resolve("initiatives/checkout-v2.yaml"), "title: Checkout v2",
                bytes("title: Check", 0xC3, 0x28, "out v2"));
        replace(strategy.resolve("strategy.yaml"), "organization: Acme Pay", bytes("organization: Acme ", 0xC0, 0xAF, " Pay"));
        replace(strategy.resolve("teams.yaml"), "name: Checkout", bytes("name: Check ", 0xED, 0xA0, 0x80));
        replace(strategy.resolve("okrs/expand-regions.yaml"), "unit: days", bytes("unit: d", 0xFF, "ys"));
        // Windows-1252 text saved by an old editor: "Caf\xE9".
        Files.write(strategy.resolve("signals.yaml"), bytes("signals:\n  - indicator: outages\n    metric: Caf", 0xE9,
                "\n    better: lower\n    values: {2026-Q1: 1, 2026-Q2: 2}\n"));
        Files.createDirectories(strategy.resolve("pages"));
        Files.write(strategy.resolve("pages/about.md"), bytes("---\ntitle: About\n---\n\nTruncated ", 0xE2, 0x82));
        return List.of();
    }

    /** A 50 MB initiative (and a 50 MB file that is not YAML, which must not be read at all). */
    private static List<String> largeFile(Path strategy, Path scratch) throws IOException {
        Path huge = strategy.resolve("initiatives/huge.yaml");
        try (OutputStream out = Files.newOutputStream(huge)) {
            out.write("title: '".getBytes(UTF_8));
            byte[] block = "a".repeat(1024 * 1024).getBytes(UTF_8);
            for (int i = 0; i < 50; i++) {
                out.write(block);
            }
            out.write("'\nkind: product\n".getBytes(UTF_8));
        }
        try (FileChannel sparse = FileChannel.open(strategy.resolve("initiatives/.huge.bin"),
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            sparse.write(ByteBuffer.wrap(new byte[] {1}), 50L * 1024 * 1024);
        }
        return List.of();
    }

    /** Flow nesting 10,000 deep, block nesting 200 deep and a deep list of lists. */
    private static List<String> deepNesting(Path strategy, Path scratch) throws IOException {
        append(strategy.resolve("initiatives/checkout-v2.yaml"), "x-deep: " + "[".repeat(LONG) + "]".repeat(LONG) + "\n");
        StringBuilder block = new StringBuilder("x-deep:\n");
        for (int depth = 1; depth < 200; depth++) {
            block.append("  ".repeat(depth)).append("k:\n");
        }
        append(strategy.resolve("teams.yaml"), block.toString());
        StringBuilder lists = new StringBuilder("x-lists:\n");
        for (int depth = 0; depth < 100; depth++) {
            lists.append("  ".repeat(depth + 1)).append("-\n");
        }
        append(strategy.resolve("okrs/expand-regions.yaml"), lists.toString());
        append(strategy.resolve("strategy.yaml"), "x-map: " + "{a: ".repeat(1000) + "1" + "}".repeat(1000) + "\n");
        return List.of();
    }

    /**
     * Markdown nested far deeper than anyone writes: lists, emphasis and brackets, and quotes as deep
     * as the site shows them (a line that opens more is a problem: {@link #markdownNestedOnOneLine}).
     */
    private static List<String> deeplyNestedMarkdown(Path strategy, Path scratch) throws IOException {
        StringBuilder quotes = new StringBuilder();
        quotes.append(">".repeat(32)).append(" deep quote\n\n");
        StringBuilder list = new StringBuilder();
        for (int depth = 0; depth < 300; depth++) {
            list.append("  ".repeat(depth)).append("- item ").append(depth).append('\n');
        }
        String summary = quotes + list.toString() + "\n" + "*".repeat(LONG) + "x" + "*".repeat(LONG) + "\n\n"
                + "[".repeat(LONG) + "x" + "]".repeat(LONG) + "(https://example.com)\n\n"
                + "_".repeat(LONG) + "\n\n" + "<".repeat(LONG) + "\n";
        append(strategy.resolve("initiatives/checkout-v2.yaml"), "summary: " + quoted(summary) + "\n");
        Files.createDirectories(strategy.resolve("pages"));
        Files.writeString(strategy.resolve("pages/deep.md"), "---\ntitle: Deep\n---\n\n" + summary);
        return List.of();
    }

    /** A summary and a page with a line that opens 5,000 quotes, or lists, inside each other. */
    private static List<String> markdownNestedOnOneLine(Path strategy, Path scratch) throws IOException {
        append(strategy.resolve("initiatives/checkout-v2.yaml"), "summary: |\n  Intro.\n  " + ">".repeat(5_000) + " x\n");
        Files.createDirectories(strategy.resolve("pages"));
        Files.writeString(strategy.resolve("pages/deep.md"), "---\ntitle: Deep\n---\n\n" + "- ".repeat(5_000) + "x\n");
        return List.of();
    }

    /** 10,000-character titles: one of words, one a single unbroken word, and long other names. */
    private static List<String> longTitles(Path strategy, Path scratch) throws IOException {
        String words = "A very long title ".repeat(LONG / 18 + 1).substring(0, LONG - 3) + "end";
        String word = "W".repeat(LONG);
        String objective = "Objective ".repeat(LONG / 10);
        String team = "T".repeat(LONG);
        replace(strategy.resolve("initiatives/checkout-v2.yaml"), "title: Checkout v2", ("title: " + words).getBytes(UTF_8));
        replace(strategy.resolve("initiatives/payments-platform.yaml"), "title: Payment processing platform",
                ("title: " + word).getBytes(UTF_8));
        replace(strategy.resolve("okrs/expand-regions.yaml"), "objective: Launch in three new regions",
                ("objective: " + objective.strip()).getBytes(UTF_8));
        replace(strategy.resolve("teams.yaml"), "name: Payments Core", ("name: " + team).getBytes(UTF_8));
        replace(strategy.resolve("strategy.yaml"), "organization: Acme Pay",
                ("organization: Acme " + "Pay".repeat(1000)).getBytes(UTF_8));
        return List.of(words, word, objective.strip(), team);
    }

    /**
     * Text pasted with U+2028 LINE SEPARATOR or U+2029 PARAGRAPH SEPARATOR, unquoted, quoted and in a
     * block: characters of their line, as in YAML 1.2 and editors, kept in the text the site shows.
     */
    private static List<String> lineSeparators(Path strategy, Path scratch) throws IOException {
        replace(strategy.resolve("initiatives/checkout-v2.yaml"), "title: Checkout v2",
                "title: Checkout\u2028v2, pasted".getBytes(UTF_8));
        replace(strategy.resolve("initiatives/payments-platform.yaml"), "  One PCI-scoped core instead of three forks.",
                "  One PCI-scoped core\u2029instead of three forks.".getBytes(UTF_8));
        replace(strategy.resolve("okrs/expand-regions.yaml"), "objective: Launch in three new regions",
                "objective: \"Launch in\u2028three new regions\"".getBytes(UTF_8));
        replace(strategy.resolve("teams.yaml"), "name: Payments Core", "name: 'Payments\u2029Core'".getBytes(UTF_8));
        return List.of("Checkout\u2028v2, pasted", "One PCI-scoped core\u2029instead of three forks.",
                "Launch in\u2028three new regions", "Payments\u2029Core");
    }

    /**
     * Separators in values before problems later in each file, which are still placed at the line and
     * column an editor shows; and U+0085 NEXT LINE, refused where it is.
     */
    private static List<String> lineSeparatorsBeforeProblems(Path strategy, Path scratch) throws IOException {
        replace(strategy.resolve("initiatives/checkout-v2.yaml"), "title: Checkout v2",
                "title: \"Checkout\u2028v2\"".getBytes(UTF_8));
        replace(strategy.resolve("initiatives/checkout-v2.yaml"), "value: 8", "value: high".getBytes(UTF_8));
        replace(strategy.resolve("initiatives/payments-platform.yaml"), "  One PCI-scoped core instead of three forks.",
                "  One PCI-scoped core\u2029instead of three forks.\n  Less to run.\ntags: [core, {a: 1}]".getBytes(UTF_8));
        replace(strategy.resolve("teams.yaml"), "name: Payments Core", "name: Payments\u2028Core".getBytes(UTF_8));
        replace(strategy.resolve("teams.yaml"), "people: 6", "people: six".getBytes(UTF_8));
        replace(strategy.resolve("okrs/expand-regions.yaml"), "objective: Launch in three new regions",
                "objective: Launch in three\u0085new regions".getBytes(UTF_8));
        return List.of();
    }

    /**
     * Numbers of a million digits: reading each as an exact integer took seconds (Java's decimal to
     * BigInteger conversion grows with the square of the length), a few of them minutes.
     */
    private static List<String> millionDigitNumbers(Path strategy, Path scratch) throws IOException {
        String nines = "9".repeat(1_000_000);
        replace(strategy.resolve("initiatives/checkout-v2.yaml"), "duration: 2", ("duration: " + nines).getBytes(UTF_8));
        replace(strategy.resolve("initiatives/checkout-v2.yaml"), "effort: 20", ("effort: 0." + nines).getBytes(UTF_8));
        replace(strategy.resolve("initiatives/payments-platform.yaml"), "duration: 3",
                ("duration: \"" + nines + "\"").getBytes(UTF_8));
        replace(strategy.resolve("initiatives/payments-platform.yaml"), "effort: 36", ("effort: " + nines).getBytes(UTF_8));
        return List.of();
    }

    /**
     * An id too long for a file name: a 150-character file name (valid, but "cashflow-<id>.svg"
     * would not fit some file systems, and no Windows path) and a 200,000-character owner.
     */
    private static List<String> longIds(Path strategy, Path scratch) throws IOException {
        Files.copy(strategy.resolve("initiatives/checkout-v2.yaml"), strategy.resolve("initiatives/" + "b".repeat(150) + ".yaml"));
        replace(strategy.resolve("initiatives/checkout-v2.yaml"), "owner: checkout",
                ("owner: " + "c".repeat(200_000)).getBytes(UTF_8));
        return List.of();
    }

    /** Names with backslashes that would climb out of the folder on Windows. */
    private static List<String> backslashNames(Path strategy, Path scratch) throws IOException {
        String valid = Files.readString(strategy.resolve("initiatives/checkout-v2.yaml"));
        Files.writeString(strategy.resolve("initiatives/a\\..\\..\\escape.yaml"), valid);
        Files.writeString(strategy.resolve("okrs/..\\okr.yaml"), Files.readString(strategy.resolve("okrs/expand-regions.yaml")));
        return List.of();
    }

    /**
     * Symbolic links from inside the folder to files and folders outside it, each holding a valid
     * file with a secret in it. None is followed: each is reported by name, and the build fails
     * without reading or writing anything.
     */
    private static List<String> symlinksOut(Path strategy, Path scratch) throws IOException {
        Path outside = Files.createDirectories(scratch.resolve("outside"));
        Path leak = outside.resolve("leak.yaml");
        Files.writeString(leak, Files.readString(strategy.resolve("initiatives/checkout-v2.yaml"))
                .replace("title: Checkout v2", "title: " + SECRET));
        Files.createSymbolicLink(strategy.resolve("initiatives/leak.yaml"), leak);
        Path signals = outside.resolve("signals.yaml");
        Files.writeString(signals, "signals:\n  - indicator: outages\n    metric: " + SECRET
                + "\n    better: lower\n    values: {2026-Q1: 1, 2026-Q2: 2}\n");
        Files.createSymbolicLink(strategy.resolve("signals.yaml"), signals);
        Path pages = Files.createDirectories(outside.resolve("pages"));
        Files.writeString(pages.resolve("leak.md"), "---\ntitle: " + SECRET + "\n---\n\n" + SECRET + "\n");
        Files.createSymbolicLink(strategy.resolve("pages"), pages);
        // A link to a folder, among the objectives: not a folder of the strategy's own, so not followed.
        Path okrs = Files.createDirectories(strategy.resolve("okrs"));
        Files.createSymbolicLink(okrs.resolve("up"), outside);
        Files.createSymbolicLink(strategy.resolve("platform.yaml"), Path.of("/etc/passwd"));
        return List.of();
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Text and single bytes (given as ints) concatenated. */
    private static byte[] bytes(Object... parts) {
        List<Byte> all = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof String text) {
                for (byte b : text.getBytes(UTF_8)) {
                    all.add(b);
                }
            } else {
                all.add((byte) (int) (Integer) part);
            }
        }
        byte[] result = new byte[all.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = all.get(i);
        }
        return result;
    }

    /** Replaces the one occurrence of {@code line} in {@code file} by {@code replacement} bytes. */
    private static void replace(Path file, String line, byte[] replacement) throws IOException {
        String text = Files.readString(file);
        int at = text.indexOf(line);
        if (at < 0 || text.indexOf(line, at + 1) >= 0) {
            throw new IllegalStateException("expected '" + line + "' once in " + file);
        }
        byte[] before = text.substring(0, at).getBytes(UTF_8);
        byte[] after = text.substring(at + line.length()).getBytes(UTF_8);
        ByteBuffer out = ByteBuffer.allocate(before.length + replacement.length + after.length);
        Files.write(file, out.put(before).put(replacement).put(after).array());
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardOpenOption.APPEND);
    }

    /** A YAML double-quoted scalar. */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
