package dev.tradeoff.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** YAML spellings of enum constants. */
class YamlNameTest {

    @Test
    void aConstantIsSpeltInLowerKebabCase() {
        assertThat(Status.IN_PROGRESS.yamlName()).isEqualTo("in-progress");
        assertThat(YamlName.fromYaml(Status.class, "in-progress")).isEqualTo(Status.IN_PROGRESS);
        assertThat(YamlName.fromYaml(Kind.class, "platform")).isEqualTo(Kind.PLATFORM);
    }

    @Test
    void onlyTheExactSpellingIsAConstant() {
        assertThat(YamlName.fromYaml(Status.class, "IN_PROGRESS")).isNull();
        assertThat(YamlName.fromYaml(Status.class, "In-Progress")).isNull();
        assertThat(YamlName.fromYaml(Status.class, "")).isNull();
        // Another enum's spelling is not this enum's constant.
        assertThat(YamlName.fromYaml(Status.class, "platform")).isNull();
    }

    @Test
    void spellingsFollowTheDeclarationOrder() {
        assertThat(YamlName.spellings(Status.class))
                .containsExactly("proposed", "committed", "in-progress", "done", "dropped");
    }
}
