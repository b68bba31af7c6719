package kr.sanggwon.sample;

/**
 * How one industry behaves in the synthetic city: sales level and ticket, how many shops a district holds,
 * which drivers its sales follow, and its customer mixes (age, gender, time band, weekday/weekend, season).
 *
 * @param baseSales   quarterly sales per store in an average district (KRW)
 * @param ticket      average amount per sale (KRW)
 * @param density     stores per unit of district size in a 골목상권
 * @param presence    chance that a 골목상권 has this industry at all
 * @param drivers     elasticities of sales to floating population, workers, residents, income
 * @param age         share of sales by age band 10, 20, 30, 40, 50, 60+
 * @param female      share of sales by women
 * @param time        share of sales by time band 00–06, 06–11, 11–14, 14–17, 17–21, 21–24
 * @param weekend     sales on a weekend day relative to a weekday
 * @param season      factor by quarter 1–4
 * @param trend       yearly growth of sales per store
 * @param franchise   share of franchise stores
 * @param marketBias  extra presence and density in 전통시장
 * @param semas       the SEMAS 상권업종 classification used for its store listings
 */
record IndustryProfile(String code, long baseSales, int ticket, double density, double presence, double[] drivers,
                       double[] age, double female, double[] time, double weekend, double[] season, double trend,
                       double franchise, double marketBias, SemasCategory semas) {

    String name() {
        return ServiceIndustries.name(code);
    }

    /** SEMAS 상권업종 대/중/소분류 and 표준산업분류 of an industry. */
    record SemasCategory(String largeCode, String largeName, String midCode, String midName, String smallCode,
                         String smallName, String ksicCode, String ksicName) {
    }
}
