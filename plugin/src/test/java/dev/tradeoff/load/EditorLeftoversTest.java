package dev.tradeoff.load;

import static dev.tradeoff.load.Loading.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Files editors and merge tools leave beside the files they work on are skipped, and said to be;
 * a misnamed file is still a problem with its suggestion.
 */
class EditorLeftoversTest {

    @ParameterizedTest
    @ValueSource(strings = {"developer-platform.yaml~", "#developer-platform.yaml#", "developer-platform.yaml___jb_tmp___",
            "developer-platform.yaml___jb_old___", "4913", "5036", "developer-platform.yaml.orig",
            "developer-platform.yaml.rej", "developer-platform.yaml.bak", "developer-platform.yaml.swp",
            "developer-platform.yaml.SWO", "developer-platform_BACKUP_1234.yaml", "developer-platform_REMOTE_99.yaml",
            "Thumbs.db"})
    void aLeftoverInEveryFolderIsSkippedAndNamed(String name) throws Exception {
        Map<String, String> files = ValidStrategy.files();
        files.put("initiatives/" + name, "half: [written");
        files.put("okrs/" + name, "half: [written");
        files.put("pages/" + name, "not a page");

        StrategyLoader loader = new StrategyLoader();
        loader.load(new MemorySource(files));

        assertThat(loader.leftovers()).containsExactly("initiatives/" + name, "okrs/" + name, "pages/" + name);
        assertThat(loader.warnings()).isEmpty();
    }

    @Test
    void hiddenFilesAreSkippedWithoutAWord() throws Exception {
        Map<String, String> files = ValidStrategy.files();
        files.put("initiatives/.#developer-platform.yaml", "lock");
        files.put("initiatives/.developer-platform.yaml.swp", "swap");

        StrategyLoader loader = new StrategyLoader();
        loader.load(new MemorySource(files));

        assertThat(loader.leftovers()).isEmpty();
    }

    @Test
    void aLoadWithoutLeftoversNamesNone() throws IOException, StrategyException {
        StrategyLoader loader = new StrategyLoader();
        loader.load(new MemorySource(ValidStrategy.files()));

        assertThat(loader.leftovers()).isEmpty();
    }

    @Test
    void misnamedFilesAreStillProblemsBesideTheLeftovers() {
        Map<String, String> files = ValidStrategy.files();
        files.put("initiatives/checkout.yml", ValidStrategy.CHECKOUT_V2);
        files.put("initiatives/Checkout V3.yaml", ValidStrategy.CHECKOUT_V2);
        files.put("initiatives/checkout.yml~", ValidStrategy.CHECKOUT_V2);
        files.put("initiatives/4914", "not Vim's");

        assertThat(problems(files)).containsExactly(
                "initiatives/4914: not read: files in initiatives/ must end in .yaml",
                "initiatives/Checkout V3.yaml: file name 'Checkout V3.yaml' is not a valid id (" + IdSyntax.RULE
                        + "); rename it to 'checkout-v3.yaml'",
                "initiatives/checkout.yml: not read: files in initiatives/ must end in .yaml (rename it to"
                        + " 'checkout.yaml')");
    }

    @ParameterizedTest
    @ValueSource(strings = {"checkout.yaml", "4914", "1234", "notes.txt", "#", "a#", "backup.yaml", "swp", "orig.yaml"})
    void namesThatAreNoLeftovers(String name) {
        assertThat(EditorLeftovers.isLeftover(name)).isFalse();
    }

    @Test
    void theListOfLeftoversIsSorted() throws Exception {
        Map<String, String> files = ValidStrategy.files();
        for (String name : List.of("z.yaml~", "a.yaml~", "m.yaml.orig")) {
            files.put("initiatives/" + name, "");
        }
        StrategyLoader loader = new StrategyLoader();
        loader.load(new MemorySource(files));

        assertThat(loader.leftovers()).containsExactly("initiatives/a.yaml~", "initiatives/m.yaml.orig",
                "initiatives/z.yaml~");
    }

    @Test
    void hiddenFilesAndLeftoversAreSkippedOtherFilesAreNot() {
        assertThat(EditorLeftovers.isSkipped(".draft.yaml")).isTrue();
        assertThat(EditorLeftovers.isSkipped("draft.yaml~")).isTrue();
        assertThat(EditorLeftovers.isSkipped("draft.yaml")).isFalse();
    }

    @Test
    void emacsAutoSavesHaveANameBetweenTheirHashesAndVimProbesAtMostSixDigits() {
        assertThat(EditorLeftovers.isLeftover("#a#")).isTrue();
        assertThat(EditorLeftovers.isLeftover("##")).isFalse();
        // 4913 + 774 × 123, the first probe of six digits.
        assertThat(EditorLeftovers.isLeftover("100115")).isTrue();
    }
}
