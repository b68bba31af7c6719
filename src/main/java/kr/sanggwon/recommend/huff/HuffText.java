package kr.sanggwon.recommend.huff;

import java.util.Locale;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;

/** The result in one or two plain sentences (screen and CLI), e.g. "반경 500m 안에 같은 업종 가게가 7곳 있습니다. …". */
public final class HuffText {
    private HuffText() {
    }

    public static String sentence(HuffResult r, Locale locale) {
        String radius = Formats.number(r.radiusM(), 0);
        StringBuilder b = new StringBuilder();
        int n = r.competitors().size();
        b.append(n == 0 && r.ownShops().isEmpty()
                ? Messages.get(locale, "huff.text.alone", radius, r.industryName())
                : Messages.get(locale, "huff.text.share", radius, r.industryName(), n, percent(r.newShare())));
        if (!r.ownShops().isEmpty()) {
            // before → after with as many decimals as the loss needs, so 2.16 → 2.14 does not read 2.2 → 2.1 for 0.02
            int d = Math.abs(r.takenFromOwn()) * 100 < 0.1 ? 2 : 1;
            b.append(' ').append(Messages.get(locale, "huff.text.own", percent(r.takenFromOwn()),
                    Formats.number(r.ownShareBefore() * 100, d), Formats.number(r.ownShareAfter() * 100, d),
                    percent(r.newShare() - r.takenFromOwn())));
        }
        b.append(' ').append(Messages.get(locale, "floating".equals(r.weighting()) ? "huff.text.floating" : "huff.text.uniform"));
        return b.toString();
    }

    /** A share 0–1 as a percentage: one decimal ("14.2"), two under 1 % so a small loss does not read as 0.0. */
    public static String percent(double share) {
        double p = share * 100;
        return Formats.number(p, Math.abs(p) < 1 && Math.abs(p) >= 0.005 ? 2 : 1);
    }
}
