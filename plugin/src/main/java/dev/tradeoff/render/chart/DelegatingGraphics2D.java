package dev.tradeoff.render.chart;

import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.Map;

/**
 * A {@link Graphics2D} that passes every call on to another, unchanged: the base for a canvas that
 * changes a few calls of a class it cannot extend (JFreeSVG's {@code SVGGraphics2D} is final).
 * Every public method that {@link Graphics2D} and {@link Graphics} let a subclass override is
 * passed on, the ones {@link Graphics} implements itself too, so the target draws exactly as it
 * would if it were called directly.
 */
abstract class DelegatingGraphics2D extends Graphics2D {

    private final Graphics2D target;

    DelegatingGraphics2D(Graphics2D target) {
        this.target = target;
    }

    @Override
    public void addRenderingHints(Map<?, ?> hints) {
        target.addRenderingHints(hints);
    }

    @Override
    public void clearRect(int i0, int i1, int i2, int i3) {
        target.clearRect(i0, i1, i2, i3);
    }

    @Override
    public void clipRect(int i0, int i1, int i2, int i3) {
        target.clipRect(i0, i1, i2, i3);
    }

    @Override
    public void clip(Shape shape0) {
        target.clip(shape0);
    }

    @Override
    public void copyArea(int i0, int i1, int i2, int i3, int i4, int i5) {
        target.copyArea(i0, i1, i2, i3, i4, i5);
    }

    @Override
    public Graphics create() {
        return target.create();
    }

    @Override
    public Graphics create(int i0, int i1, int i2, int i3) {
        return target.create(i0, i1, i2, i3);
    }

    @Override
    public void dispose() {
        target.dispose();
    }

    @Override
    public void draw3DRect(int i0, int i1, int i2, int i3, boolean flag4) {
        target.draw3DRect(i0, i1, i2, i3, flag4);
    }

    @Override
    public void drawArc(int i0, int i1, int i2, int i3, int i4, int i5) {
        target.drawArc(i0, i1, i2, i3, i4, i5);
    }

    @Override
    public void drawBytes(byte[] bytes0, int i1, int i2, int i3, int i4) {
        target.drawBytes(bytes0, i1, i2, i3, i4);
    }

    @Override
    public void drawChars(char[] chars0, int i1, int i2, int i3, int i4) {
        target.drawChars(chars0, i1, i2, i3, i4);
    }

    @Override
    public void drawGlyphVector(GlyphVector glyphVector0, float f1, float f2) {
        target.drawGlyphVector(glyphVector0, f1, f2);
    }

    @Override
    public boolean drawImage(Image image0, AffineTransform affineTransform1, ImageObserver imageObserver2) {
        return target.drawImage(image0, affineTransform1, imageObserver2);
    }

    @Override
    public boolean drawImage(Image image0, int i1, int i2, Color color3, ImageObserver imageObserver4) {
        return target.drawImage(image0, i1, i2, color3, imageObserver4);
    }

    @Override
    public boolean drawImage(Image image0, int i1, int i2, int i3, int i4, Color color5, ImageObserver imageObserver6) {
        return target.drawImage(image0, i1, i2, i3, i4, color5, imageObserver6);
    }

    @Override
    public boolean drawImage(Image image0, int i1, int i2, int i3, int i4, int i5, int i6, int i7, int i8, Color color9, ImageObserver imageObserver10) {
        return target.drawImage(image0, i1, i2, i3, i4, i5, i6, i7, i8, color9, imageObserver10);
    }

    @Override
    public boolean drawImage(Image image0, int i1, int i2, int i3, int i4, int i5, int i6, int i7, int i8, ImageObserver imageObserver9) {
        return target.drawImage(image0, i1, i2, i3, i4, i5, i6, i7, i8, imageObserver9);
    }

    @Override
    public boolean drawImage(Image image0, int i1, int i2, int i3, int i4, ImageObserver imageObserver5) {
        return target.drawImage(image0, i1, i2, i3, i4, imageObserver5);
    }

    @Override
    public boolean drawImage(Image image0, int i1, int i2, ImageObserver imageObserver3) {
        return target.drawImage(image0, i1, i2, imageObserver3);
    }

    @Override
    public void drawImage(BufferedImage bufferedImage0, BufferedImageOp bufferedImageOp1, int i2, int i3) {
        target.drawImage(bufferedImage0, bufferedImageOp1, i2, i3);
    }

    @Override
    public void drawLine(int i0, int i1, int i2, int i3) {
        target.drawLine(i0, i1, i2, i3);
    }

    @Override
    public void drawOval(int i0, int i1, int i2, int i3) {
        target.drawOval(i0, i1, i2, i3);
    }

    @Override
    public void drawPolygon(int[] ints0, int[] ints1, int i2) {
        target.drawPolygon(ints0, ints1, i2);
    }

    @Override
    public void drawPolygon(Polygon polygon0) {
        target.drawPolygon(polygon0);
    }

    @Override
    public void drawPolyline(int[] ints0, int[] ints1, int i2) {
        target.drawPolyline(ints0, ints1, i2);
    }

    @Override
    public void drawRect(int i0, int i1, int i2, int i3) {
        target.drawRect(i0, i1, i2, i3);
    }

    @Override
    public void drawRenderableImage(RenderableImage renderableImage0, AffineTransform affineTransform1) {
        target.drawRenderableImage(renderableImage0, affineTransform1);
    }

    @Override
    public void drawRenderedImage(RenderedImage renderedImage0, AffineTransform affineTransform1) {
        target.drawRenderedImage(renderedImage0, affineTransform1);
    }

    @Override
    public void drawRoundRect(int i0, int i1, int i2, int i3, int i4, int i5) {
        target.drawRoundRect(i0, i1, i2, i3, i4, i5);
    }

    @Override
    public void drawString(String string0, float f1, float f2) {
        target.drawString(string0, f1, f2);
    }

    @Override
    public void drawString(String string0, int i1, int i2) {
        target.drawString(string0, i1, i2);
    }

    @Override
    public void drawString(AttributedCharacterIterator attributedCharacterIterator0, float f1, float f2) {
        target.drawString(attributedCharacterIterator0, f1, f2);
    }

    @Override
    public void drawString(AttributedCharacterIterator attributedCharacterIterator0, int i1, int i2) {
        target.drawString(attributedCharacterIterator0, i1, i2);
    }

    @Override
    public void draw(Shape shape0) {
        target.draw(shape0);
    }

    @Override
    public void fill3DRect(int i0, int i1, int i2, int i3, boolean flag4) {
        target.fill3DRect(i0, i1, i2, i3, flag4);
    }

    @Override
    public void fillArc(int i0, int i1, int i2, int i3, int i4, int i5) {
        target.fillArc(i0, i1, i2, i3, i4, i5);
    }

    @Override
    public void fillOval(int i0, int i1, int i2, int i3) {
        target.fillOval(i0, i1, i2, i3);
    }

    @Override
    public void fillPolygon(int[] ints0, int[] ints1, int i2) {
        target.fillPolygon(ints0, ints1, i2);
    }

    @Override
    public void fillPolygon(Polygon polygon0) {
        target.fillPolygon(polygon0);
    }

    @Override
    public void fillRect(int i0, int i1, int i2, int i3) {
        target.fillRect(i0, i1, i2, i3);
    }

    @Override
    public void fillRoundRect(int i0, int i1, int i2, int i3, int i4, int i5) {
        target.fillRoundRect(i0, i1, i2, i3, i4, i5);
    }

    @Override
    public void fill(Shape shape0) {
        target.fill(shape0);
    }

    @Override
    public Color getBackground() {
        return target.getBackground();
    }

    @Override
    public Rectangle getClipBounds() {
        return target.getClipBounds();
    }

    @Override
    public Rectangle getClipBounds(Rectangle rectangle0) {
        return target.getClipBounds(rectangle0);
    }

    @Override
    public Shape getClip() {
        return target.getClip();
    }

    @Override
    public Color getColor() {
        return target.getColor();
    }

    @Override
    public Composite getComposite() {
        return target.getComposite();
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        return target.getDeviceConfiguration();
    }

    @Override
    public FontMetrics getFontMetrics() {
        return target.getFontMetrics();
    }

    @Override
    public FontMetrics getFontMetrics(Font font0) {
        return target.getFontMetrics(font0);
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return target.getFontRenderContext();
    }

    @Override
    public Font getFont() {
        return target.getFont();
    }

    @Override
    public Paint getPaint() {
        return target.getPaint();
    }

    @Override
    public Object getRenderingHint(RenderingHints.Key key0) {
        return target.getRenderingHint(key0);
    }

    @Override
    public RenderingHints getRenderingHints() {
        return target.getRenderingHints();
    }

    @Override
    public Stroke getStroke() {
        return target.getStroke();
    }

    @Override
    public AffineTransform getTransform() {
        return target.getTransform();
    }

    @Override
    public boolean hitClip(int i0, int i1, int i2, int i3) {
        return target.hitClip(i0, i1, i2, i3);
    }

    @Override
    public boolean hit(Rectangle rectangle0, Shape shape1, boolean flag2) {
        return target.hit(rectangle0, shape1, flag2);
    }

    @Override
    public void rotate(double d0, double d1, double d2) {
        target.rotate(d0, d1, d2);
    }

    @Override
    public void rotate(double d0) {
        target.rotate(d0);
    }

    @Override
    public void scale(double d0, double d1) {
        target.scale(d0, d1);
    }

    @Override
    public void setBackground(Color color0) {
        target.setBackground(color0);
    }

    @Override
    public void setClip(int i0, int i1, int i2, int i3) {
        target.setClip(i0, i1, i2, i3);
    }

    @Override
    public void setClip(Shape shape0) {
        target.setClip(shape0);
    }

    @Override
    public void setColor(Color color0) {
        target.setColor(color0);
    }

    @Override
    public void setComposite(Composite composite0) {
        target.setComposite(composite0);
    }

    @Override
    public void setFont(Font font0) {
        target.setFont(font0);
    }

    @Override
    public void setPaintMode() {
        target.setPaintMode();
    }

    @Override
    public void setPaint(Paint paint0) {
        target.setPaint(paint0);
    }

    @Override
    public void setRenderingHint(RenderingHints.Key key0, Object object1) {
        target.setRenderingHint(key0, object1);
    }

    @Override
    public void setRenderingHints(Map<?, ?> hints) {
        target.setRenderingHints(hints);
    }

    @Override
    public void setStroke(Stroke stroke0) {
        target.setStroke(stroke0);
    }

    @Override
    public void setTransform(AffineTransform affineTransform0) {
        target.setTransform(affineTransform0);
    }

    @Override
    public void setXORMode(Color color0) {
        target.setXORMode(color0);
    }

    @Override
    public void shear(double d0, double d1) {
        target.shear(d0, d1);
    }

    @Override
    public String toString() {
        return target.toString();
    }

    @Override
    public void transform(AffineTransform affineTransform0) {
        target.transform(affineTransform0);
    }

    @Override
    public void translate(double d0, double d1) {
        target.translate(d0, d1);
    }

    @Override
    public void translate(int i0, int i1) {
        target.translate(i0, i1);
    }
}
