package kr.sanggwon.ingest;

import static kr.sanggwon.ingest.Column.doubleCol;
import static kr.sanggwon.ingest.Column.longCol;
import static kr.sanggwon.ingest.Column.textCol;

import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.common.Level;
import kr.sanggwon.store.FactTable;
import kr.sanggwon.store.TableColumn;

/**
 * The quarterly Seoul 상권분석서비스 datasets: which table each goes to and how its headers map to columns.
 * Each is published at 상권 and/or 행정동 level; the level comes from the code column present in the header.
 */
public enum FactDataset {
    SALES("추정매출", "estimated sales", FactTable.SALES, false, sales(), "당월_매출_금액", "분기당_매출_금액", "THSMON_SELNG_AMT"),
    STORES("점포", "stores", FactTable.STORES, false, stores(), "점포_수", "STOR_CO") {
        /** stores = all stores of the industry: 유사_업종_점포_수 = 점포_수 (independent) + 프랜차이즈_점포_수. */
        @Override
        void derive(Object[] values) {
            Long independent = (Long) values[1];
            Long similar = (Long) values[2];
            Long franchise = (Long) values[7];
            if (similar != null) {
                values[0] = similar;
            } else if (independent != null) {
                values[0] = independent + (franchise == null ? 0 : franchise);
            }
        }
    },
    FLOATING("길단위인구", "floating population", FactTable.POPULATION, false, floating(), "총_유동인구_수", "TOT_FLPOP_CO"),
    RESIDENT("상주인구", "resident population", FactTable.RESIDENT, false, people("상주인구", "REPOP", true), "총_상주인구_수", "TOT_REPOP_CO"),
    WORKER("직장인구", "working population", FactTable.WORKER, false, people("직장_인구", "WRC_POPLTN", false), "총_직장_인구_수", "TOT_WRC_POPLTN_CO"),
    INCOME("소득소비", "income and spending", FactTable.INCOME, false, income(), "월_평균_소득_금액", "MT_AVRG_INCOME_AMT", "지출_총금액", "EXPNDTR_TOTAMT"),
    FACILITY("집객시설", "attracting facilities", FactTable.FACILITY, true, facility(), "집객시설_수", "VIATR_FCLTY_CO"),
    CHANGE("상권변화지표", "district change index", FactTable.CHANGE, false, change(), "상권_변화_지표", "TRDAR_CHNGE_IX"),
    APARTMENT("아파트", "apartments", FactTable.APARTMENT, true, apartment(), "아파트_단지_수", "APT_HSMP_CO");

    private final String koName;
    private final String enName;
    private final FactTable table;
    private final boolean emptyMeansZero;
    private final List<Column> measures;
    private final List<String> signature;

    FactDataset(String koName, String enName, FactTable table, boolean emptyMeansZero, List<Column> measures, String... signature) {
        this.koName = koName;
        this.enName = enName;
        this.table = table;
        requireCatalogColumns(table, measures);
        this.emptyMeansZero = emptyMeansZero;
        this.measures = List.copyOf(measures);
        this.signature = List.of(signature);
    }

    public String koName() {
        return koName;
    }

    public String enName() {
        return enName;
    }

    public String table() {
        return table.table();
    }

    /** The catalog entry of the table this dataset is imported into. */
    public FactTable factTable() {
        return table;
    }

    /** Rows are per district × industry × quarter (else district × quarter). */
    public boolean perIndustry() {
        return table.perIndustry();
    }

    /** The header mapping must name exactly the catalog's columns, in its order and with its types. */
    private static void requireCatalogColumns(FactTable table, List<Column> measures) {
        List<TableColumn> mapped = measures.stream().map(c -> new TableColumn(c.db(), c.kind())).toList();
        if (!mapped.equals(table.measures())) {
            throw new IllegalStateException("the header mapping of " + table.table() + " does not match the catalog: "
                    + mapped + " vs " + table.measures());
        }
    }

    /** The official files write a zero count as an empty field (data README quirk 4). */
    public boolean emptyMeansZero() {
        return emptyMeansZero;
    }

    public List<Column> measures() {
        return measures;
    }

    /** Fills derived columns of a parsed row in place; most datasets have none. */
    void derive(Object[] values) {
    }

    /** Header names of which at least one must be present for a file to be this dataset. */
    public List<String> signature() {
        return signature;
    }

    /** Official Korean name at a level, e.g. "추정매출-상권". */
    public String officialName(Level level) {
        return koName + "-" + (level == Level.TRDAR ? "상권" : "행정동");
    }

    private static String ageKo(String age) {
        return age.equals("60") ? "60_이상" : age;
    }

    private static String ageEn(String age) {
        return age.equals("60") ? "60_ABOVE" : age;
    }

    private static List<Column> sales() {
        List<Column> c = new ArrayList<>();
        c.add(longCol("sales_amt", "당월_매출_금액", "분기당_매출_금액", "THSMON_SELNG_AMT"));
        c.add(longCol("sales_cnt", "당월_매출_건수", "분기당_매출_건수", "THSMON_SELNG_CO"));
        for (String unit : new String[] {"amt", "cnt"}) {
            String ko = unit.equals("amt") ? "금액" : "건수";
            String en = unit.equals("amt") ? "AMT" : "CO";
            c.add(longCol("weekday_" + unit, "주중_매출_" + ko, "MDWK_SELNG_" + en));
            c.add(longCol("weekend_" + unit, "주말_매출_" + ko, "WKEND_SELNG_" + en));
            for (int i = 0; i < 7; i++) {
                c.add(longCol(H.DAYS_DB[i] + "_" + unit, H.DAYS_KO[i] + "_매출_" + ko, H.DAYS_EN[i] + "_SELNG_" + en));
            }
            for (String b : H.BANDS) {
                // the official count headers carry a typo, 시간대_건수~06_매출_건수 (data README quirk 8)
                String official = unit.equals("cnt")
                        ? "시간대_건수~" + b.substring(3) + "_매출_건수"
                        : "시간대_" + b.replace('_', '~') + "_매출_금액";
                c.add(longCol("t" + b + "_" + unit, official, "시간대_" + b.replace('_', '~') + "_매출_" + ko,
                        "TMZON_" + b + "_SELNG_" + en));
            }
            c.add(longCol("male_" + unit, "남성_매출_" + ko, "ML_SELNG_" + en));
            c.add(longCol("female_" + unit, "여성_매출_" + ko, "FML_SELNG_" + en));
            for (String a : H.AGES) {
                c.add(longCol("age" + a + "_" + unit, "연령대_" + ageKo(a) + "_매출_" + ko, "AGRDE_" + ageEn(a) + "_SELNG_" + en));
            }
        }
        return c;
    }

    private static List<Column> stores() {
        // order matters to derive(): 0 stores (total), 1 independent, 2 similar, …, 7 franchise
        return List.of(
                Column.derivedLong("stores"),
                longCol("independent_stores", "점포_수", "STOR_CO"),
                longCol("similar_stores", "유사_업종_점포_수", "SIMILR_INDUTY_STOR_CO"),
                doubleCol("open_rate", "개업_율", "개업_률", "OPBIZ_RT"),
                longCol("open_count", "개업_점포_수", "OPBIZ_STOR_CO"),
                doubleCol("close_rate", "폐업_률", "폐업_율", "CLSBIZ_RT"),
                longCol("close_count", "폐업_점포_수", "CLSBIZ_STOR_CO"),
                longCol("franchise", "프랜차이즈_점포_수", "FRC_STOR_CO"));
    }

    private static List<Column> floating() {
        List<Column> c = new ArrayList<>();
        c.add(longCol("total", "총_유동인구_수", "TOT_FLPOP_CO"));
        c.add(longCol("male", "남성_유동인구_수", "ML_FLPOP_CO"));
        c.add(longCol("female", "여성_유동인구_수", "FML_FLPOP_CO"));
        for (String a : H.AGES) {
            c.add(longCol("age" + a, "연령대_" + ageKo(a) + "_유동인구_수", "AGRDE_" + ageEn(a) + "_FLPOP_CO"));
        }
        for (int i = 0; i < H.BANDS.length; i++) {
            String b = H.BANDS[i];
            c.add(longCol("t" + b, "시간대_" + b + "_유동인구_수", "시간대_" + b.replace('_', '~') + "_유동인구_수",
                    "시간대_" + (i + 1) + "_유동인구_수", "TMZON_" + b + "_FLPOP_CO"));
        }
        for (int i = 0; i < 7; i++) {
            c.add(longCol(H.DAYS_DB[i], H.DAYS_KO[i] + "_유동인구_수", H.DAYS_EN[i] + "_FLPOP_CO"));
        }
        return c;
    }

    /** 상주인구 and 직장인구 share a layout; only the word in the header differs. */
    private static List<Column> people(String word, String en, boolean households) {
        List<Column> c = new ArrayList<>();
        c.add(longCol("total", "총_" + word + "_수", "TOT_" + en + "_CO"));
        c.add(longCol("male", "남성_" + word + "_수", "ML_" + en + "_CO"));
        c.add(longCol("female", "여성_" + word + "_수", "FML_" + en + "_CO"));
        for (String a : H.AGES) {
            c.add(longCol("age" + a, "연령대_" + ageKo(a) + "_" + word + "_수", "AGRDE_" + ageEn(a) + "_" + en + "_CO"));
        }
        for (String a : H.AGES) {
            c.add(longCol("m_age" + a, "남성연령대_" + ageKo(a) + "_" + word + "_수", "MAG_" + ageEn(a) + "_" + en + "_CO"));
        }
        for (String a : H.AGES) {
            c.add(longCol("f_age" + a, "여성연령대_" + ageKo(a) + "_" + word + "_수", "FAG_" + ageEn(a) + "_" + en + "_CO"));
        }
        if (households) {
            c.add(longCol("households", "총_가구_수", "TOT_HSHLD_CO"));
            c.add(longCol("apt_households", "아파트_가구_수", "APT_HSHLD_CO"));
            c.add(longCol("non_apt_households", "비_아파트_가구_수", "NON_APT_HSHLD_CO"));
        }
        return c;
    }

    private static List<Column> income() {
        return List.of(
                longCol("avg_income", "월_평균_소득_금액", "MT_AVRG_INCOME_AMT"),
                textCol("income_band", "소득_구간_코드", "INCOME_SCTN_CD"),
                longCol("spend_total", "지출_총금액", "EXPNDTR_TOTAMT"),
                longCol("spend_food", "식료품_지출_총금액", "FDSTFFS_EXPNDTR_TOTAMT"),
                longCol("spend_clothing", "의류_신발_지출_총금액", "CLTHS_FTWR_EXPNDTR_TOTAMT"),
                longCol("spend_household", "생활용품_지출_총금액", "LVSPL_EXPNDTR_TOTAMT"),
                longCol("spend_medical", "의료비_지출_총금액", "MCP_EXPNDTR_TOTAMT"),
                longCol("spend_transport", "교통_지출_총금액", "TRNSPORT_EXPNDTR_TOTAMT"),
                longCol("spend_leisure", "여가_지출_총금액", "LSR_EXPNDTR_TOTAMT"),
                longCol("spend_culture", "문화_지출_총금액", "CLTUR_EXPNDTR_TOTAMT"),
                longCol("spend_leisure_culture", "여가_문화_지출_총금액", "LSR_CLTUR_EXPNDTR_TOTAMT"),
                longCol("spend_education", "교육_지출_총금액", "EDC_EXPNDTR_TOTAMT"),
                longCol("spend_entertainment", "유흥_지출_총금액", "PLESR_EXPNDTR_TOTAMT"),
                longCol("spend_other", "기타_지출_총금액", "ETC_EXPNDTR_TOTAMT"),
                longCol("spend_dining", "음식_지출_총금액", "FD_EXPNDTR_TOTAMT"));
    }

    private static List<Column> facility() {
        return List.of(
                longCol("facilities", "집객시설_수", "VIATR_FCLTY_CO"),
                longCol("government", "관공서_수", "PBLOFC_CO"),
                longCol("bank", "은행_수", "BANK_CO"),
                longCol("general_hospital", "종합병원_수", "GEHSPT_CO"),
                longCol("hospital", "일반_병원_수", "GNRL_HSPTL_CO"),
                longCol("pharmacy", "약국_수", "PARMACY_CO"),
                longCol("kindergarten", "유치원_수", "KNDRGR_CO"),
                longCol("elementary", "초등학교_수", "ELESCH_CO"),
                longCol("middle_school", "중학교_수", "MSKUL_CO"),
                longCol("high_school", "고등학교_수", "HGSCHL_CO"),
                longCol("university", "대학교_수", "UNIV_CO"),
                longCol("department_store", "백화점_수", "DRTS_CO"),
                longCol("supermarket", "슈퍼마켓_수", "SUPMK_CO"),
                longCol("theater", "극장_수", "THEAT_CO"),
                longCol("lodging", "숙박_시설_수", "STAYNG_FCLTY_CO"),
                longCol("airport", "공항_수", "ARPRT_CO"),
                longCol("rail_station", "철도_역_수", "RLROAD_STATN_CO"),
                longCol("bus_terminal", "버스_터미널_수", "BUS_TRMINL_CO"),
                longCol("subway_station", "지하철_역_수", "SUBWAY_STATN_CO"),
                longCol("bus_stop", "버스_정거장_수", "BUS_STTN_CO"));
    }

    private static List<Column> change() {
        return List.of(
                textCol("change_index", "상권_변화_지표", "TRDAR_CHNGE_IX"),
                textCol("change_name", "상권_변화_지표_명", "TRDAR_CHNGE_IX_NM"),
                doubleCol("op_months", "운영_영업_개월_평균", "OPR_SALE_MT_AVRG"),
                doubleCol("closed_months", "폐업_영업_개월_평균", "CLS_SALE_MT_AVRG"),
                doubleCol("seoul_op_months", "서울_운영_영업_개월_평균", "SU_OPR_SALE_MT_AVRG"),
                doubleCol("seoul_closed_months", "서울_폐업_영업_개월_평균", "SU_CLS_SALE_MT_AVRG"));
    }

    private static List<Column> apartment() {
        return List.of(
                longCol("complexes", "아파트_단지_수", "APT_HSMP_CO"),
                longCol("area_lt66", "아파트_면적_66_제곱미터_미만_세대_수", "AE_66_SQMT_BELO_HSHLD_CO"),
                longCol("area_66", "아파트_면적_66_제곱미터_세대_수", "AE_66_SQMT_HSHLD_CO"),
                longCol("area_99", "아파트_면적_99_제곱미터_세대_수", "AE_99_SQMT_HSHLD_CO"),
                longCol("area_132", "아파트_면적_132_제곱미터_세대_수", "AE_132_SQMT_HSHLD_CO"),
                longCol("area_165", "아파트_면적_165_제곱미터_세대_수", "AE_165_SQMT_HSHLD_CO"),
                longCol("price_lt1", "아파트_가격_1_억_미만_세대_수", "PC_1_HDMIL_BELO_HSHLD_CO"),
                longCol("price_1", "아파트_가격_1_억_세대_수", "PC_1_HDMIL_HSHLD_CO"),
                longCol("price_2", "아파트_가격_2_억_세대_수", "PC_2_HDMIL_HSHLD_CO"),
                longCol("price_3", "아파트_가격_3_억_세대_수", "PC_3_HDMIL_HSHLD_CO"),
                longCol("price_4", "아파트_가격_4_억_세대_수", "PC_4_HDMIL_HSHLD_CO"),
                longCol("price_5", "아파트_가격_5_억_세대_수", "PC_5_HDMIL_HSHLD_CO"),
                longCol("price_6plus", "아파트_가격_6_억_이상_세대_수", "PC_6_HDMIL_ABOVE_HSHLD_CO"),
                doubleCol("avg_area", "아파트_평균_면적", "AVRG_AE"),
                longCol("avg_price", "아파트_평균_시가", "AVRG_MKTC"));
    }

    /** Header word lists; in a holder because enum constants are built before the enum's static fields. */
    private static final class H {
        static final String[] DAYS_KO = {"월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"};
        static final String[] DAYS_DB = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        static final String[] DAYS_EN = {"MON", "TUES", "WED", "THUR", "FRI", "SAT", "SUN"};
        static final String[] BANDS = {"00_06", "06_11", "11_14", "14_17", "17_21", "21_24"};
        static final String[] AGES = {"10", "20", "30", "40", "50", "60"};

    }
}
