package dev.tradeoff.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An initiative's or objective's page is named for its id, and never overwrites its folder's index. */
class PageNameTest {

    @Test
    void aPageIsNamedForItsId() {
        assertThat(PageName.of("billing-v2")).isEqualTo("billing-v2.html");
        assertThat(PageName.of("indexing")).isEqualTo("indexing.html");
    }

    @Test
    void anIdOfIndexGetsAnUnderscoreSoTheOverviewStays() {
        assertThat(PageName.of("index")).isEqualTo("index_.html");
    }
}
