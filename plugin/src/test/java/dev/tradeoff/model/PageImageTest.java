package dev.tradeoff.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An image beside the pages is equal to another when both its path and its bytes are. */
class PageImageTest {

    @Test
    void equalWhenThePathAndTheBytesAre() {
        PageImage image = new PageImage("diagram.png", new byte[] {1, 2, 3});

        assertThat(image).isEqualTo(new PageImage("diagram.png", new byte[] {1, 2, 3}));
        assertThat(image).hasSameHashCodeAs(new PageImage("diagram.png", new byte[] {1, 2, 3}));
        assertThat(image).isNotEqualTo(new PageImage("diagram.png", new byte[] {1, 2, 4}));
        assertThat(image).isNotEqualTo(new PageImage("images/diagram.png", new byte[] {1, 2, 3}));
        assertThat(image).isNotEqualTo("diagram.png");
        assertThat(image.size()).isEqualTo(3);
        assertThat(image).hasToString("PageImage[diagram.png, 3 bytes]");
    }

    @Test
    void theBytesCannotBeChangedFromOutside() {
        byte[] bytes = {1, 2, 3};
        PageImage image = new PageImage("a.png", bytes);
        bytes[0] = 9;
        image.bytes()[1] = 9;
        assertThat(image.bytes()).containsExactly(1, 2, 3);
    }
}
