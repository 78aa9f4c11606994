package dev.tradeoff.render.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.text.CharacterIterator;

/**
 * One of {@link ChartFonts}' metrics, with widths for the characters the font has no glyph for.
 * Liberation Sans covers Latin, Greek, Cyrillic and Hebrew; a title in Japanese or Hindi would be
 * measured as its empty boxes, three quarters of a font size each, where a browser draws a
 * Japanese character a whole font size wide. Such a character is given the width browsers give it
 * (a font size for the wide East Asian scripts and emoji, nothing for a combining mark, 0.6 of one
 * for any other), which every machine computes alike; the rest of the text is measured as written.
 */
final class CoveringFontMetrics extends FontMetrics {

    private static final double WIDE = 1.0;
    private static final double OTHER = 0.6;

    private final FontMetrics covered;

    CoveringFontMetrics(FontMetrics covered) {
        super(covered.getFont());
        this.covered = covered;
    }

    @Override
    public Rectangle2D getStringBounds(String text, Graphics graphics) {
        if (font.canDisplayUpTo(text) < 0) {
            return covered.getStringBounds(text, graphics);
        }
        Split split = split(text);
        Rectangle2D bounds = covered.getStringBounds(split.drawn(), graphics);
        bounds.setRect(bounds.getX(), bounds.getY(), bounds.getWidth() + split.estimated(), bounds.getHeight());
        return bounds;
    }

    @Override
    public int stringWidth(String text) {
        if (font.canDisplayUpTo(text) < 0) {
            return covered.stringWidth(text);
        }
        Split split = split(text);
        double drawn = font.getStringBounds(split.drawn(), covered.getFontRenderContext()).getWidth();
        // Rounded as the font's own metrics round a width.
        return (int) (0.5 + drawn + split.estimated());
    }

    /** The characters the font draws, and the width of those it does not. */
    private Split split(String text) {
        StringBuilder drawn = new StringBuilder(text.length());
        double estimated = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (font.canDisplay(codePoint)) {
                drawn.appendCodePoint(codePoint);
            } else {
                estimated += width(codePoint) * font.getSize2D();
            }
            i += Character.charCount(codePoint);
        }
        return new Split(drawn.toString(), estimated);
    }

    private record Split(String drawn, double estimated) {
    }

    /** A missing character's width in font sizes, as browsers draw it in a font that has it. */
    static double width(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return isWide(codePoint) ? WIDE : OTHER;
    }

    private static boolean isWide(int codePoint) {
        switch (Character.UnicodeScript.of(codePoint)) {
            case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO, YI:
                return true;
            default:
                // CJK punctuation, full-width forms and emoji are wide whatever their script.
                return codePoint >= 0x3000 && codePoint <= 0x303F || codePoint >= 0xFF01 && codePoint <= 0xFF60
                        || codePoint >= 0xFFE0 && codePoint <= 0xFFE6 || codePoint >= 0x1F000 && codePoint <= 0x1FAFF;
        }
    }

    @Override
    public Rectangle2D getStringBounds(String text, int begin, int limit, Graphics graphics) {
        return getStringBounds(text.substring(begin, limit), graphics);
    }

    @Override
    public Rectangle2D getStringBounds(char[] chars, int begin, int limit, Graphics graphics) {
        return getStringBounds(new String(chars, begin, limit - begin), graphics);
    }

    @Override
    public Rectangle2D getStringBounds(CharacterIterator text, int begin, int limit, Graphics graphics) {
        StringBuilder part = new StringBuilder(limit - begin);
        for (char c = text.setIndex(begin); text.getIndex() < limit; c = text.next()) {
            part.append(c);
        }
        return getStringBounds(part.toString(), graphics);
    }

    @Override
    public int charsWidth(char[] chars, int offset, int length) {
        return stringWidth(new String(chars, offset, length));
    }

    @Override
    public int charWidth(int codePoint) {
        return stringWidth(new String(Character.toChars(Character.isValidCodePoint(codePoint) ? codePoint : 0xFFFF)));
    }

    @Override
    public int charWidth(char c) {
        return charWidth((int) c);
    }

    @Override
    public int bytesWidth(byte[] bytes, int offset, int length) {
        return covered.bytesWidth(bytes, offset, length);
    }

    @Override
    public int[] getWidths() {
        return covered.getWidths();
    }

    @Override
    public int getAscent() {
        return covered.getAscent();
    }

    @Override
    public int getDescent() {
        return covered.getDescent();
    }

    @Override
    public int getLeading() {
        return covered.getLeading();
    }

    @Override
    public int getHeight() {
        return covered.getHeight();
    }

    @Override
    public int getMaxAscent() {
        return covered.getMaxAscent();
    }

    @Override
    public int getMaxDescent() {
        return covered.getMaxDescent();
    }

    @Override
    public int getMaxAdvance() {
        return covered.getMaxAdvance();
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return covered.getFontRenderContext();
    }

    @Override
    public LineMetrics getLineMetrics(String text, Graphics graphics) {
        return covered.getLineMetrics(text, graphics);
    }

    @Override
    public LineMetrics getLineMetrics(String text, int begin, int limit, Graphics graphics) {
        return covered.getLineMetrics(text, begin, limit, graphics);
    }

    @Override
    public LineMetrics getLineMetrics(char[] chars, int begin, int limit, Graphics graphics) {
        return covered.getLineMetrics(chars, begin, limit, graphics);
    }

    @Override
    public LineMetrics getLineMetrics(CharacterIterator text, int begin, int limit, Graphics graphics) {
        return covered.getLineMetrics(text, begin, limit, graphics);
    }

    @Override
    public Rectangle2D getMaxCharBounds(Graphics graphics) {
        return covered.getMaxCharBounds(graphics);
    }

    @Override
    public boolean hasUniformLineMetrics() {
        return covered.hasUniformLineMetrics();
    }

    @Override
    public Font getFont() {
        return covered.getFont();
    }
}
