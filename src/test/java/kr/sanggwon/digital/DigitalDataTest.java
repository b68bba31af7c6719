package kr.sanggwon.digital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.sanggwon.common.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editable data files of 디지털 전환 진단: the bundled ones parse, edits count at once, bad ones are named exactly. */
class DigitalDataTest {
    @TempDir
    Path dir;

    @BeforeEach
    void korean() {
        Messages.setLocale(Locale.KOREAN);
    }

    @Test
    void bundledFilesAreCopiedIntoTheWorkspaceAndParseWithASourceAndYearOnEveryRow() {
        ItemCostBook items = new ItemCostBook(dir);
        assertThat(items.file()).startsWith(dir).exists();
        List<ItemCost> rows = items.rows();
        assertThat(rows).isEqualTo(items.defaults());
        for (DigitalItem i : DigitalItem.values()) {
            assertThat(rows).anySatisfy(c -> {
                assertThat(c.item()).isEqualTo(i);
                assertThat(c.scope()).isEqualTo("*");
            });
        }
        assertThat(rows).allSatisfy(c -> {
            assertThat(c.year()).isBetween(2024, 2030);
            assertThat(c.sourceKo()).isNotBlank();
            assertThat(c.sourceEn()).isNotBlank();
            assertThat(c.effectHigh()).isGreaterThanOrEqualTo(c.effectLow());
        });
        ProgrammeBook programmes = new ProgrammeBook(dir);
        assertThat(programmes.file()).startsWith(dir).exists();
        assertThat(programmes.programmes()).hasSizeGreaterThanOrEqualTo(4).allSatisfy(p -> {
            assertThat(p.source()).contains(String.valueOf(p.year()));
            assertThat(p.items()).isNotEmpty();
        }).extracting(Programme::id).contains("smart_shop", "online_sales");
    }

    @Test
    void theMostSpecificScopeOfAnIndustryWins() {
        ItemCostBook items = new ItemCostBook(dir);
        Map<DigitalItem, ItemCost> restaurant = items.forIndustry("CS100001");
        assertThat(restaurant.get(DigitalItem.DELIVERY).scope()).isEqualTo("CS1");
        assertThat(restaurant.get(DigitalItem.MAP).scope()).isEqualTo("*");
        assertThat(items.forIndustry("CS200001").get(DigitalItem.DELIVERY).effectHigh()).isZero();
        assertThat(items.forIndustry("CS300001").get(DigitalItem.ONLINE).scope()).isEqualTo("CS3");
        assertThat(items.forIndustry(null)).hasSize(DigitalItem.values().length)
                .allSatisfy((i, c) -> assertThat(c.scope()).isEqualTo("*"));
    }

    @Test
    void anEditedFileCountsAtOnceAndTheDefaultsComeBack() throws Exception {
        ItemCostBook items = new ItemCostBook(dir);
        Files.writeString(items.file(), DigitalWorld.ITEMS, StandardCharsets.UTF_8);
        assertThat(items.forIndustry("CS100010").get(DigitalItem.ORDER).monthlyCost()).isEqualTo(100_000);
        items.restoreDefaults();
        assertThat(items.rows()).isEqualTo(items.defaults());
    }

    @Test
    void aBadNumberIsNamedWithFileLineAndColumn() throws Exception {
        ItemCostBook items = new ItemCostBook(dir);
        // line 5 of the file: the order row, its monthly cost (column 4) typed as a word
        Files.writeString(items.file(), DigitalWorld.ITEMS.replace("order,*,2025,100000", "order,*,2025,많이"), StandardCharsets.UTF_8);
        assertThatThrownBy(items::rows).isInstanceOf(DigitalFileException.class)
                .satisfies(e -> assertThat(((DigitalFileException) e).localized())
                        .contains(items.file().toString(), "5행 4열", "0 ~ 100000000"));
    }

    @Test
    void otherBadFilesAreRefusedWithWhatWasExpected() throws Exception {
        ItemCostBook items = new ItemCostBook(dir);
        Files.writeString(items.file(), DigitalWorld.ITEMS.replace("map,*", "robot,*"), StandardCharsets.UTF_8);
        assertThatThrownBy(items::rows).satisfies(e -> assertThat(((DigitalFileException) e).localized())
                .contains("6행 1열", "pay | delivery"));

        Files.writeString(items.file(), DigitalWorld.ITEMS.replace("delivery,*,2025,0,0,0.10,0.30", "delivery,*,2025,0,0,0.30,0.10"),
                StandardCharsets.UTF_8);
        assertThatThrownBy(items::rows).satisfies(e -> assertThat(((DigitalFileException) e).localized()).contains("3행 7열"));

        Files.writeString(items.file(), DigitalWorld.ITEMS.replace("books,*", "books,CS1"), StandardCharsets.UTF_8);
        assertThatThrownBy(items::rows).satisfies(e -> assertThat(((DigitalFileException) e).localized())
                .contains(items.file().toString(), "books", "(*)"));

        Files.writeString(items.file(), DigitalWorld.ITEMS.replace("pay,*,2025,0,0,0,0,가정값,assumption", "pay,*,2025,0,0"),
                StandardCharsets.UTF_8);
        assertThatThrownBy(items::rows).satisfies(e -> assertThat(((DigitalFileException) e).localized()).contains("2행 6열", "9 columns"));

        ProgrammeBook programmes = new ProgrammeBook(dir);
        String text = Files.readString(programmes.file(), StandardCharsets.UTF_8);
        Files.writeString(programmes.file(), text.replace(",order,스마트상점", ",kiosk,스마트상점"), StandardCharsets.UTF_8);
        assertThatThrownBy(programmes::programmes).satisfies(e -> assertThat(((DigitalFileException) e).localized())
                .contains(programmes.file().toString(), "8열"));
    }
}
