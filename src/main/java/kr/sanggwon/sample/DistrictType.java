package kr.sanggwon.sample;

/** The four 상권 types of 영역-상권 with the scale of people each holds in the synthetic city. */
enum DistrictType {
    A("골목상권", "3118", 250_000, 1_500, 6_000, 1.0),
    D("발달상권", "3128", 900_000, 8_000, 3_000, 2.2),
    R("전통시장", "3138", 350_000, 2_000, 2_500, 1.2),
    U("관광특구", "3008", 3_000_000, 30_000, 8_000, 2.5);

    final String label;
    final String codePrefix;
    final double floating;
    final double workers;
    final double residents;
    final double storeDensity;

    DistrictType(String label, String codePrefix, double floating, double workers, double residents, double storeDensity) {
        this.label = label;
        this.codePrefix = codePrefix;
        this.floating = floating;
        this.workers = workers;
        this.residents = residents;
        this.storeDensity = storeDensity;
    }
}
