package kr.sanggwon.recommend.huff;

import java.util.List;

/**
 * Where the new shop would go (TM metres, EPSG:5181), its industry (서비스 업종 code or SEMAS 소분류 code), the walk-in
 * radius (m), distance decay λ, the new shop's attractiveness (1 = like the others) and the owner's other shops
 * ({x, y} TM points).
 */
public record HuffRequest(double x, double y, String industry, double radius, double lambda, double attractiveness,
                          List<double[]> ownShops) {
    public HuffRequest {
        ownShops = ownShops == null ? List.of() : ownShops.stream().map(double[]::clone).toList();
    }

    public static HuffRequest at(double x, double y, String industry, HuffDefaults defaults) {
        return new HuffRequest(x, y, industry, defaults.value(HuffDefaults.RADIUS), defaults.value(HuffDefaults.LAMBDA), 1,
                List.of());
    }

    public HuffRequest withLambda(double l) {
        return new HuffRequest(x, y, industry, radius, l, attractiveness, ownShops);
    }

    public HuffRequest withRadius(double r) {
        return new HuffRequest(x, y, industry, r, lambda, attractiveness, ownShops);
    }

    public HuffRequest withAttractiveness(double a) {
        return new HuffRequest(x, y, industry, radius, lambda, a, ownShops);
    }

    public HuffRequest withOwnShops(List<double[]> own) {
        return new HuffRequest(x, y, industry, radius, lambda, attractiveness, own);
    }
}
