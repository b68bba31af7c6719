package kr.sanggwon.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kr.sanggwon.district.Metric;
import kr.sanggwon.ui.glossary.GlossaryKeys;
import org.junit.jupiter.api.Test;

/** The glossary data: the same entries in Korean and English, and every "?" in the code opens an entry that exists. */
class GlossaryTest {
    private static final Pattern HELP = Pattern.compile("GlossaryHelp\\.button\\(\"([A-Za-z0-9]+)\"\\)");

    @Test
    void koreanAndEnglishHaveTheSameEntriesEachWithAllFourParts() {
        var ko = Glossary.entries(Locale.KOREAN);
        var en = Glossary.entries(Locale.ENGLISH);
        assertThat(ko).hasSizeGreaterThanOrEqualTo(20);
        assertThat(ko.stream().map(GlossaryEntry::id).toList()).isEqualTo(en.stream().map(GlossaryEntry::id).toList());
        assertThat(ko.stream().map(GlossaryEntry::id).distinct()).hasSize(ko.size());
        for (GlossaryEntry e : ko) {
            assertThat(e.term() + e.plain()).as(e.id()).containsPattern("[가-힣]");
        }
    }

    @Test
    void theIndicatorsTheBriefListsAreExplained() {
        for (String id : Set.of("changeIndex", "changeLH", "changeHL", "changeHH", "changeLL", "salesPerStore", "openRate", "closeRate",
                "similarStores", "franchiseShare", "floating", "resident", "working", "estimatedSales", "range80", "backtestError",
                "breakEven")) {
            assertThat(Glossary.entry(id, Locale.KOREAN)).as(id).isPresent();
        }
        assertThat(Glossary.entry("estimatedSales", Locale.KOREAN).orElseThrow().plain()).contains("카드");
    }

    @Test
    void searchFindsByAnyWordInEitherLanguage() {
        assertThat(Glossary.search("폐업", Locale.KOREAN)).extracting(GlossaryEntry::id).contains("closeRate");
        assertThat(Glossary.search("break-even", Locale.ENGLISH)).extracting(GlossaryEntry::id).contains("breakEven");
        assertThat(Glossary.search("없는말없는말", Locale.KOREAN)).isEmpty();
    }

    @Test
    void everyHelpButtonInTheCodeOpensAnEntryInBothLanguages() throws Exception {
        Set<String> ids = new TreeSet<>();
        for (Metric m : Metric.values()) {
            ids.add(GlossaryKeys.forMetric(m));
        }
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = HELP.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }
        assertThat(ids).contains("breakEven", "range80", "backtestError", "recommendScore");
        for (String id : ids) {
            assertThat(Glossary.entry(id, Locale.KOREAN)).as("ko " + id).isPresent();
            assertThat(Glossary.entry(id, Locale.ENGLISH)).as("en " + id).isPresent();
        }
    }
}
