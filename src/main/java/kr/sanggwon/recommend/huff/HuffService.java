package kr.sanggwon.recommend.huff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.geo.TmProjection;
import kr.sanggwon.store.DataAccessException;
import kr.sanggwon.store.Database;
import kr.sanggwon.store.ReadSession;

/**
 * 걸어서 닿는 경쟁: the Huff share of a new shop at a point, against the same-industry SEMAS listings within a walk-in
 * radius and the owner's own shops (cannibalisation). Reads listings and floating population; the arithmetic is in
 * {@link HuffModel} and {@link DemandGrid}.
 */
public final class HuffService {
    public static final double MIN_RADIUS = 100;
    public static final double MAX_RADIUS = 2000;
    public static final double MIN_LAMBDA = 0.5;
    public static final double MAX_LAMBDA = 4;
    public static final double MAX_ATTRACTIVENESS = 10;
    public static final int MAX_OWN = 20;
    /** Degrees per metre with a safety margin: the listing box is a little larger than the circle. */
    private static final double LAT_PER_M = 1.2 / 110_000;
    private static final double LON_PER_M = 1.2 / 87_000;

    private final Database database;
    private final HuffDefaults defaults;
    private final SemasIndustries industries;

    public HuffService(Database database) {
        this(database, HuffDefaults.bundled(), SemasIndustries.bundled());
    }

    HuffService(Database database, HuffDefaults defaults, SemasIndustries industries) {
        this.database = database;
        this.defaults = defaults;
        this.industries = industries;
    }

    public HuffDefaults defaults() {
        return defaults;
    }

    /** The TM point of a district (its 상권 or 행정동 point), for asking about a district instead of coordinates. */
    public double[] districtPoint(String code) {
        try (ReadSession c = ReadSession.open(database)) {
            HuffRepository.Place p = HuffRepository.district(c, code);
            if (p == null) {
                throw new UserException("huff.error.unknownDistrict", code);
            }
            if (p.x() == null) {
                throw new UserException("huff.error.districtNoPoint", p.name(), code);
            }
            return new double[] {p.x(), p.y()};
        } catch (DataAccessException e) {
            throw new UserException("recommend.error.database", e.getMessage());
        }
    }

    /** Checks a request; a value out of range is a {@link UserException} with a plain message. */
    static void check(HuffRequest r) {
        if (!Double.isFinite(r.radius()) || r.radius() < MIN_RADIUS || r.radius() > MAX_RADIUS) {
            throw new UserException("huff.error.radius", r.radius(), (int) MIN_RADIUS, (int) MAX_RADIUS);
        }
        if (!Double.isFinite(r.lambda()) || r.lambda() < MIN_LAMBDA || r.lambda() > MAX_LAMBDA) {
            throw new UserException("huff.error.lambda", r.lambda(), MIN_LAMBDA, MAX_LAMBDA);
        }
        if (!Double.isFinite(r.attractiveness()) || r.attractiveness() <= 0 || r.attractiveness() > MAX_ATTRACTIVENESS) {
            throw new UserException("huff.error.attractiveness", r.attractiveness(), MAX_ATTRACTIVENESS);
        }
        if (r.ownShops().size() > MAX_OWN) {
            throw new UserException("huff.error.tooManyOwn", MAX_OWN);
        }
        double[] ll = TmProjection.toLonLat(r.x(), r.y());
        if (!Double.isFinite(ll[0]) || ll[1] < 33 || ll[1] > 39 || ll[0] < 124 || ll[0] > 132) {
            throw new UserException("huff.error.outsideKorea", ll[1], ll[0]);
        }
    }

    public HuffResult analyse(HuffRequest r) {
        check(r);
        SemasIndustries.Match match = industries.forIndustry(r.industry());
        if (match == null) {
            throw new UserException("huff.error.unknownIndustry", String.valueOf(r.industry()));
        }
        try (ReadSession c = ReadSession.open(database)) {
            long listed = HuffRepository.listingsWithCoordinates(c);
            if (listed == 0) {
                throw new UserException("huff.error.noListings");
            }
            double[] centre = TmProjection.toLonLat(r.x(), r.y());
            List<HuffRepository.Listing> near = HuffRepository.listings(c, match, centre[0] - r.radius() * LON_PER_M,
                    centre[1] - r.radius() * LAT_PER_M, centre[0] + r.radius() * LON_PER_M, centre[1] + r.radius() * LAT_PER_M);
            double reach = r.radius() + 2_000;
            HuffRepository.Spots spots = HuffRepository.floating(c, r.x() - reach, r.y() - reach, r.x() + reach, r.y() + reach);
            String name = r.industry().startsWith("CS") ? HuffRepository.industryName(c, r.industry()) : null;
            if (name == null) {
                name = near.isEmpty() || near.get(0).categoryName() == null ? r.industry() : near.get(0).categoryName();
            }
            return compute(r, name, near, spots, listed);
        } catch (DataAccessException e) {
            throw new UserException("recommend.error.database", e.getMessage());
        }
    }

    private HuffResult compute(HuffRequest r, String industryName, List<HuffRepository.Listing> near, HuffRepository.Spots spots,
                               long listed) {
        double samePlace = defaults.value(HuffDefaults.SAME_PLACE);
        String[] listedAs = new String[r.ownShops().size()];
        List<HuffRepository.Listing> rivals = new ArrayList<>();
        List<double[]> rivalXy = new ArrayList<>();
        for (HuffRepository.Listing l : near) {
            double[] p = TmProjection.toTm(l.lon(), l.lat());
            if (Math.hypot(p[0] - r.x(), p[1] - r.y()) > r.radius()) {
                continue;
            }
            int own = nearestOwn(r.ownShops(), p, samePlace);
            if (own >= 0) {
                listedAs[own] = listedAs[own] == null ? label(l) : listedAs[own];
                continue;
            }
            rivals.add(l);
            rivalXy.add(p);
        }
        DemandGrid.Grid grid = DemandGrid.build(r.x(), r.y(), r.radius(), defaults.value(HuffDefaults.GRID_STEP), spots.spots());
        List<HuffModel.Shop> before = new ArrayList<>();
        rivalXy.forEach(p -> before.add(new HuffModel.Shop(p[0], p[1], 1)));
        r.ownShops().forEach(p -> before.add(new HuffModel.Shop(p[0], p[1], 1)));
        List<HuffModel.Shop> after = new ArrayList<>(before);
        after.add(new HuffModel.Shop(r.x(), r.y(), r.attractiveness()));
        double minDistance = defaults.value(HuffDefaults.MIN_DISTANCE);
        double[] b = HuffModel.shares(grid.points(), before, r.lambda(), minDistance);
        double[] a = HuffModel.shares(grid.points(), after, r.lambda(), minDistance);
        List<HuffResult.Competitor> competitors = new ArrayList<>();
        double fromRivals = 0;
        for (int j = 0; j < rivals.size(); j++) {
            HuffRepository.Listing l = rivals.get(j);
            double[] p = rivalXy.get(j);
            competitors.add(new HuffResult.Competitor(l.storeId(), l.name(), l.branch(), l.categoryName(),
                    Math.hypot(p[0] - r.x(), p[1] - r.y()), l.lon(), l.lat(), b[j], a[j]));
            fromRivals += b[j] - a[j];
        }
        competitors.sort(Comparator.comparingDouble(HuffResult.Competitor::distanceM).thenComparing(HuffResult.Competitor::storeId));
        List<HuffResult.OwnShop> own = new ArrayList<>();
        double fromOwn = 0;
        double ownBefore = 0;
        double ownAfter = 0;
        for (int k = 0; k < r.ownShops().size(); k++) {
            double[] p = r.ownShops().get(k);
            double[] ll = TmProjection.toLonLat(p[0], p[1]);
            int j = rivals.size() + k;
            own.add(new HuffResult.OwnShop(k + 1, ll[0], ll[1], p[0], p[1], Math.hypot(p[0] - r.x(), p[1] - r.y()), listedAs[k],
                    b[j], a[j]));
            fromOwn += b[j] - a[j];
            ownBefore += b[j];
            ownAfter += a[j];
        }
        double[] centre = TmProjection.toLonLat(r.x(), r.y());
        HuffDefaults.Value lambda = defaults.get(HuffDefaults.LAMBDA);
        boolean floating = grid.weighting() == DemandGrid.Weighting.FLOATING;
        return new HuffResult(r.industry(), industryName, centre[0], centre[1], r.x(), r.y(), r.radius(), r.lambda(), lambda.year(),
                r.lambda() == lambda.value() ? lambda.source(Messages.locale()) : Messages.get("huff.lambdaByUser", lambda.value()),
                r.attractiveness(), "none", floating ? "floating" : "uniform", floating ? spots.level() : null,
                floating ? spots.quarter() : null, grid.districtsUsed(), grid.points().size(), a[a.length - 1], fromRivals, fromOwn,
                ownBefore, ownAfter, List.copyOf(competitors), List.copyOf(own), listed, null);
    }

    private static int nearestOwn(List<double[]> own, double[] p, double within) {
        int best = -1;
        double bestD = within;
        for (int k = 0; k < own.size(); k++) {
            double d = Math.hypot(own.get(k)[0] - p[0], own.get(k)[1] - p[1]);
            if (d <= bestD) {
                bestD = d;
                best = k;
            }
        }
        return best;
    }

    private static String label(HuffRepository.Listing l) {
        return l.branch() == null || l.branch().isBlank() ? l.name() : l.name() + " " + l.branch();
    }

    /** The result with its plain sentence in {@code locale}. */
    public static HuffResult withSentence(HuffResult r, Locale locale) {
        return r.withSentence(HuffText.sentence(r, locale));
    }
}
