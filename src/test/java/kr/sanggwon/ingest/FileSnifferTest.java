package kr.sanggwon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileSnifferTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} → cut {1}")
    @CsvSource(delimiter = '|', textBlock = """
            "a","b"\\n"1","2"\\n"3","4"  | false
            "a","b"\\n"1","2"\\n       | false
            "a","b"\\n"0","0"\\n"1","x""y"   | false
            "a","b"\\n"0","0"\\n"1","2     | true
            "a","b"\\n"0","0"\\n"1","      | true
            "a","b"\\n"0","0"\\n"1",       | true
            a,b\\n1,2                  | false
            "a","b"\\n"1",2\\n"1",    | false
            """)
    void quotedLayoutCutInsideTheLastFieldIsDetected(String text, boolean cut) throws Exception {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, text.strip().replace("\\n", "\n"), StandardCharsets.UTF_8);
        assertThat(FileSniffer.quotedButCut(f, 0)).isEqualTo(cut);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            기준_년분기_코드,상권_코드,점포_수;           ,
            기준_년분기_코드|상권_코드|점포_수;           |
            기준_년분기_코드\t상권_코드\t점포_수;         TAB
            상호명,주소|비고,메모;                       ,
            """)
    void delimiterComesFromTheHeaderLine(String header, String expected) {
        char want = expected.equals("TAB") ? '\t' : expected.charAt(0);
        assertThat(FileSniffer.delimiterOf(header.replace("\\t", "\t"))).isEqualTo(want);
    }
}
