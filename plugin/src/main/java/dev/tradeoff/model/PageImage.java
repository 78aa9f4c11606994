package dev.tradeoff.model;

import java.util.Arrays;

/**
 * An image beside the pages ({@code pages/diagram.png}, {@code pages/images/flow.svg}), copied
 * into the site as it is so that a page's relative image shows. {@code path} is relative to
 * {@code pages/}. Equal when the path and the bytes are: a preview rebuilds when an image changes.
 */
public record PageImage(String path, byte[] bytes) {

    public PageImage {
        bytes = bytes.clone();
    }

    /** A copy of the bytes: the record stays immutable. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** How many bytes, without copying them. */
    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PageImage image && path.equals(image.path) && Arrays.equals(bytes, image.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * path.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "PageImage[" + path + ", " + bytes.length + " bytes]";
    }
}
