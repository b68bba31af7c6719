package kr.sanggwon.customer;

import java.util.List;
import java.util.Locale;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;

/**
 * Writes the plain-language summary of a customer profile from its numbers: the main customers (top age band and
 * gender), the time band that differs most from the Seoul average, and the weekend share when it differs clearly.
 */
final class SummaryWriter {
    /** Differences smaller than this (percentage points) are not worth a sentence. */
    static final double NOTABLE_POINTS = 3.0;
    static final double WEEKEND_POINTS = 5.0;

    private SummaryWriter() {
    }

    static String write(List<DimensionProfile> dims, Locale locale) {
        Share gender = find(dims, Dimension.GENDER).top();
        Share age = find(dims, Dimension.AGE).top();
        if (gender == null && age == null) {
            return Messages.get(locale, "customer.summary.noData");
        }
        String who;
        if (gender != null && age != null) {
            who = Messages.get(locale, "customer.summary.main", label(locale, age), label(locale, gender));
        } else {
            who = Messages.get(locale, "customer.summary.mainOne", label(locale, gender != null ? gender : age));
        }
        StringBuilder out = new StringBuilder();
        Share time = mostDifferent(find(dims, Dimension.TIME));
        if (time != null && Math.abs(time.vsSeoulPoints()) >= NOTABLE_POINTS) {
            out.append(Messages.get(locale, time.vsSeoulPoints() > 0 ? "customer.summary.timeHigher" : "customer.summary.timeLower",
                    who, label(locale, time), Formats.number(Math.abs(time.vsSeoulPoints()), 0)));
        } else {
            Share top = find(dims, Dimension.TIME).top();
            out.append(top == null ? Messages.get(locale, "customer.summary.whoOnly", who)
                    : Messages.get(locale, "customer.summary.peak", who, label(locale, top)));
        }
        Share weekend = band(find(dims, Dimension.WEEK), "weekend");
        if (weekend != null && weekend.vsSeoulPoints() != null && Math.abs(weekend.vsSeoulPoints()) >= WEEKEND_POINTS) {
            out.append(' ').append(Messages.get(locale, weekend.vsSeoulPoints() > 0 ? "customer.summary.weekendHigher"
                    : "customer.summary.weekendLower", Formats.number(weekend.district() * 100, 0),
                    Formats.number(weekend.seoul() * 100, 0)));
        }
        return out.toString();
    }

    private static String label(Locale locale, Share s) {
        return Messages.get(locale, "customer.who." + s.band());
    }

    private static Share mostDifferent(DimensionProfile p) {
        Share best = null;
        for (Share s : p.shares()) {
            if (s.vsSeoulPoints() != null && (best == null || Math.abs(s.vsSeoulPoints()) > Math.abs(best.vsSeoulPoints()))) {
                best = s;
            }
        }
        return best;
    }

    private static Share band(DimensionProfile p, String id) {
        return p.shares().stream().filter(s -> s.band().equals(id)).findFirst().orElse(null);
    }

    private static DimensionProfile find(List<DimensionProfile> dims, Dimension d) {
        return dims.stream().filter(p -> p.dimension() == d).findFirst().orElse(new DimensionProfile(d, List.of()));
    }
}
