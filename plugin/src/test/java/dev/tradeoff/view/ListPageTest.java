package dev.tradeoff.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListPageTest {

    @Test
    void aTableThatFitsIsOnePageUnderItsOwnName() {
        for (int rows : new int[] {0, 1, ListPage.ROWS}) {
            List<ListPage> pages = ListPage.split("roadmap.html", rows);

            assertThat(pages).as("%d rows", rows).hasSize(1);
            ListPage only = pages.get(0);
            assertThat(only.paged()).isFalse();
            assertThat(only.path()).isEqualTo("roadmap.html");
            assertThat(only.from()).isZero();
            assertThat(only.to()).isEqualTo(rows);
            assertThat(only.previous()).isNull();
            assertThat(only.next()).isNull();
        }
    }

    @Test
    void oneRowMoreStartsASecondPageBesideTheFirst() {
        List<ListPage> pages = ListPage.split("roadmap.html", 501);

        assertThat(pages).extracting(ListPage::path).containsExactly("roadmap.html", "roadmap_2.html");
        assertThat(pages).extracting(ListPage::from).containsExactly(0, 500);
        assertThat(pages).extracting(ListPage::to).containsExactly(500, 501);
        assertThat(pages).allSatisfy(page -> assertThat(page.paged()).isTrue());
        assertThat(pages.get(1).links()).containsExactly(
                new ListPage.Link(1, "roadmap.html", false, 1, 500),
                new ListPage.Link(2, "roadmap_2.html", true, 501, 501));
    }

    @Test
    void pagesInAFolderLinkEachOtherByFileName() {
        List<ListPage> pages = ListPage.split("initiatives/index.html", 1_001);

        assertThat(pages).extracting(ListPage::path)
                .containsExactly("initiatives/index.html", "initiatives/index_2.html", "initiatives/index_3.html");
        ListPage middle = pages.get(1);
        assertThat(middle.number()).isEqualTo(2);
        assertThat(middle.count()).isEqualTo(3);
        assertThat(middle.total()).isEqualTo(1_001);
        assertThat(middle.previous().href()).isEqualTo("index.html");
        assertThat(middle.next().href()).isEqualTo("index_3.html");
        assertThat(middle.current()).isEqualTo(new ListPage.Link(2, "index_2.html", true, 501, 1_000));
        assertThat(pages.get(0).previous()).isNull();
        assertThat(pages.get(2).next()).isNull();
        assertThat(pages.get(2).current().lastRow()).isEqualTo(1_001);
    }

    @Test
    void everyRowIsOnExactlyOnePageInOrder() {
        for (int rows : new int[] {499, 500, 999, 1_000, 10_000, 10_001}) {
            List<ListPage> pages = ListPage.split("sequencing.html", rows);
            int next = 0;
            for (ListPage page : pages) {
                assertThat(page.from()).as("%d rows, page %d", rows, page.number()).isEqualTo(next);
                assertThat(page.to() - page.from()).isBetween(1, ListPage.ROWS);
                next = page.to();
            }
            assertThat(next).isEqualTo(rows);
            assertThat(pages).hasSize((rows + ListPage.ROWS - 1) / ListPage.ROWS);
        }
    }

    @Test
    void aPagerOfFifteenPagesLinksEveryOne() {
        List<ListPage> pages = ListPage.split("roadmap.html", ListPage.ALL_LINKED * ListPage.ROWS);

        assertThat(pages.get(7).shown()).extracting(shown -> shown.link().number())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        assertThat(pages.get(7).shown()).noneMatch(ListPage.ShownLink::gapBefore);
    }

    @Test
    void aLongerPagerLinksTheEndsAndThePagesNearThisOne() {
        List<ListPage> pages = ListPage.split("initiatives/index.html", 50_000);

        assertThat(pages).hasSize(100);
        assertThat(numbers(pages.get(49))).containsExactly("1", "2", "…47", "48", "49", "50", "51", "52", "53", "…99", "100");
        assertThat(numbers(pages.get(0))).containsExactly("1", "2", "3", "4", "…99", "100");
        assertThat(numbers(pages.get(3))).containsExactly("1", "2", "3", "4", "5", "6", "7", "…99", "100");
        assertThat(numbers(pages.get(99))).containsExactly("1", "2", "…97", "98", "99", "100");
    }

    /** The page numbers a pager shows, each after "…" when pages were left out before it. */
    private static List<String> numbers(ListPage page) {
        return page.shown().stream().map(shown -> (shown.gapBefore() ? "…" : "") + shown.link().number()).toList();
    }

    @Test
    void onlyAPageCanBeSplit() {
        assertThatThrownBy(() -> ListPage.split("data/portfolio.json", 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachPageButTheLastShowsFiveHundredRows() {
        List<ListPage> pages = ListPage.split("roadmap.html", 1_200);

        assertThat(pages).extracting(ListPage::rowsPerPage).containsOnly(500);
        assertThat(pages.get(1).from()).isEqualTo(500);
        assertThat(pages.get(2).to()).isEqualTo(1_200);
    }
}
