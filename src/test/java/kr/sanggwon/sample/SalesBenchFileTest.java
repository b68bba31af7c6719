package kr.sanggwon.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's large 추정매출 file has the official layout and the sums of the real files. */
class SalesBenchFileTest {
    @TempDir
    Path dir;

    @Test
    void writesExactlyTheRowsAskedForWithOfficialHeaderAndExactSums() throws Exception {
        Path f = dir.resolve("sales.csv");
        assertThat(SalesBenchFile.write(f, 2_345, 1)).isEqualTo(2_345);
        byte[] bytes = Files.readAllBytes(f);
        assertThat(bytes[bytes.length - 1]).isEqualTo((byte) '"');
        List<String> lines = List.of(new String(bytes, OfficialCsv.CP949).split("\n"));
        assertThat(lines).hasSize(2_346);
        assertThat(lines.get(0).replace("\"", "")).isEqualTo(Headers.SALES_T);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("\r");
        for (String line : lines.subList(1, lines.size())) {
            String[] v = line.substring(1, line.length() - 1).split("\",\"");
            assertThat(v).hasSize(55);
            long total = Long.parseLong(v[7]);
            long weekday = Long.parseLong(v[9]);
            long weekend = Long.parseLong(v[10]);
            long days = 0;
            for (int i = 11; i < 18; i++) {
                days += Long.parseLong(v[i]);
            }
            long bands = 0;
            for (int i = 18; i < 24; i++) {
                bands += Long.parseLong(v[i]);
            }
            assertThat(weekday + weekend).isEqualTo(total);
            assertThat(days).isEqualTo(total);
            assertThat(bands).isEqualTo(total);
            assertThat(Long.parseLong(v[24]) + Long.parseLong(v[25])).isLessThanOrEqualTo(total);
        }
    }
}
