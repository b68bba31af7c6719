package kr.sanggwon.recommend.huff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import kr.sanggwon.TestData;
import kr.sanggwon.cli.MainCommand;
import kr.sanggwon.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** huff on the command line after importing the real SEMAS 202212 Seoul sample (2 stores: 건강원 in 영등포, 악기 in 성동). */
class HuffCommandTest {
    static final Path SEOUL = TestData.SEMAS.resolve("소상공인시장진흥공단_상가(상권)정보_서울_202212.csv");
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    @BeforeEach
    @AfterEach
    void korean() {
        Messages.setLocale(Locale.KOREAN);
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void afterImportingTheRealSemasFileHuffNamesTheStoreNearbyAndItsShare() {
        Run before = run("huff", "--lat", "37.5660", "--lon", "127.0490", "--industry", "CS300034");
        assertThat(before.code()).isEqualTo(MainCommand.USER_ERROR);
        assertThat(before.err()).contains("상가정보 파일을 먼저").doesNotContain("Exception");
        assertThat(run("import", "--no-train", TestData.require(SEOUL).toString()).code()).isZero();

        // about 90 m south of 민속악기사 (127.049017986567, 37.5668565302032), industry 악기 (SEMAS 악기판매 D04A09)
        Run json = run("huff", "--lat", "37.5660", "--lon", "127.0490", "--industry", "CS300034", "--json");
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"name\" : \"민속악기사\"", "\"weighting\" : \"uniform\"", "\"attractivenessBasis\" : \"none\"");
        double share = Double.parseDouble(json.out().replaceAll("(?s).*\"newShare\" : ([0-9.Ee-]+).*", "$1"));
        assertThat(share).isGreaterThan(0.5).isLessThan(1);   // the grid is centred on the new shop, the rival 95 m off

        Run text = run("huff", "--lat", "37.5205", "--lon", "126.9070", "--industry", "D10A07", "--radius", "300");
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("제중건강원", "건강원", "반경 300m", "가정값");

        // the owner's own shop is the listed one: nothing left to compete with, all it loses is cannibalised
        Run own = run("huff", "--lat", "37.5660", "--lon", "127.0490", "--industry", "CS300034", "--own", "37.56686,127.04902");
        assertThat(own.code()).as(own.err()).isZero();
        assertThat(own.out()).contains("반경 안에 같은 업종 가게가 없습니다", "내 가게 1 민속악기사", "내 다른 가게에서 옮겨 오는");
    }

    @Test
    void missingOrBadInputIsAUserErrorWithAPlainMessage() {
        assertThat(run("import", "--no-train", TestData.require(SEOUL).toString()).code()).isZero();
        Run noPoint = run("huff", "--industry", "CS300034");
        assertThat(noPoint.code()).isEqualTo(MainCommand.USER_ERROR);
        assertThat(noPoint.err()).contains("--lat");
        Run badOwn = run("huff", "--lat", "37.566", "--lon", "127.049", "--industry", "CS300034", "--own", "여기");
        assertThat(badOwn.code()).isEqualTo(MainCommand.USER_ERROR);
        assertThat(badOwn.err()).contains("여기", "위도,경도");
        Run far = run("huff", "--lat", "48.85", "--lon", "2.35", "--industry", "CS300034");
        assertThat(far.code()).isEqualTo(MainCommand.USER_ERROR);
        assertThat(far.err()).contains("한국 밖");
        Run lambda = run("huff", "--lat", "37.566", "--lon", "127.049", "--industry", "CS300034", "--lambda", "7");
        assertThat(lambda.code()).isEqualTo(MainCommand.USER_ERROR);
        assertThat(lambda.err()).contains("거리 감쇠 7").doesNotContain("Exception");
    }
}
