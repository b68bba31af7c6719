package kr.sanggwon.consult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Constructed quarters with known moves, as files in the official layout: three 상권 with eight quarters (2022년
 * 1분기 ~ 2023년 4분기) of 커피-음료 sales wobbling ±2 % and a steady 상권변화지표, then a newest quarter (2024년 1분기)
 * in which {@link #SALES_UP} sells 25 % more, {@link #INDEX_SWITCH} turns from 정체 (HH) to 상권확장 (LH) with sales
 * +1 %, and {@link #STEADY} stays as it was.
 */
public final class WatchData {
    public static final String SALES_UP = "3199001";
    public static final String INDEX_SWITCH = "3199002";
    public static final String STEADY = "3199003";
    public static final String INDUSTRY = "CS100010";
    public static final int NEWEST = 20241;
    private static final int[] OLDER = {20221, 20222, 20223, 20224, 20231, 20232, 20233, 20234};
    /** Per-mille wobble of the older quarters: a district's usual movement, well under 10 %. */
    private static final int[] WOBBLE = {10, -10, 20, -20, 0, 10, -10, 0};
    private static final String SALES_HEADER = "기준_년분기_코드,상권_구분_코드,상권_구분_코드_명,상권_코드,상권_코드_명,서비스_업종_코드,"
            + "서비스_업종_코드_명,당월_매출_금액,당월_매출_건수";
    private static final String CHANGE_HEADER = "기준_년분기_코드,상권_구분_코드,상권_구분_코드_명,상권_코드,상권_코드_명,상권_변화_지표,"
            + "상권_변화_지표_명,운영_영업_개월_평균,폐업_영업_개월_평균,서울_운영_영업_개월_평균,서울_폐업_영업_개월_평균";

    private WatchData() {
    }

    /** The eight older quarters: a sales file and a 상권변화지표 file. */
    public static List<Path> older(Path dir) throws IOException {
        List<String> sales = new ArrayList<>(List.of(SALES_HEADER));
        List<String> change = new ArrayList<>(List.of(CHANGE_HEADER));
        for (int i = 0; i < OLDER.length; i++) {
            for (String d : List.of(SALES_UP, INDEX_SWITCH, STEADY)) {
                sales.add(salesRow(OLDER[i], d, Math.round(base(d) * (1000 + WOBBLE[i]) / 1000.0)));
                change.add(changeRow(OLDER[i], d, "HH", "정체"));
            }
        }
        return List.of(write(dir.resolve("서울시 상권분석서비스(추정매출-상권)_관심_2022-2023.csv"), sales),
                write(dir.resolve("서울시 상권분석서비스(상권변화지표-상권)_관심_2022-2023.csv"), change));
    }

    /** The newest quarter: sales (one district +25 %) and 상권변화지표 (one district switched). */
    public static List<Path> newest(Path dir) throws IOException {
        long last = Math.round(base(SALES_UP) * (1000 + WOBBLE[OLDER.length - 1]) / 1000.0);
        List<String> sales = List.of(SALES_HEADER, salesRow(NEWEST, SALES_UP, Math.round(last * 1.25)),
                salesRow(NEWEST, INDEX_SWITCH, Math.round(base(INDEX_SWITCH) * 1.01)), salesRow(NEWEST, STEADY, base(STEADY)));
        List<String> change = List.of(CHANGE_HEADER, changeRow(NEWEST, SALES_UP, "HH", "정체"),
                changeRow(NEWEST, INDEX_SWITCH, "LH", "상권확장"), changeRow(NEWEST, STEADY, "HH", "정체"));
        return List.of(write(dir.resolve("서울시 상권분석서비스(추정매출-상권)_관심_20241.csv"), sales),
                write(dir.resolve("서울시 상권분석서비스(상권변화지표-상권)_관심_20241.csv"), change));
    }

    public static String name(String code) {
        return switch (code) {
            case SALES_UP -> "가람골목";
            case INDEX_SWITCH -> "나래시장";
            default -> "다온거리";
        };
    }

    private static long base(String code) {
        return switch (code) {
            case SALES_UP -> 100_000_000L;
            case INDEX_SWITCH -> 80_000_000L;
            default -> 60_000_000L;
        };
    }

    private static String salesRow(int quarter, String code, long amount) {
        return quarter + ",A,골목상권," + code + "," + name(code) + "," + INDUSTRY + ",커피-음료," + amount + "," + amount / 5_000;
    }

    private static String changeRow(int quarter, String code, String index, String indexName) {
        return quarter + ",A,골목상권," + code + "," + name(code) + "," + index + "," + indexName + ",60,40,55,45";
    }

    private static Path write(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
