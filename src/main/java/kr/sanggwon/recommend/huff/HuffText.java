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
            b.append(' ').append(Messages.get(locale, "huff.text.own", percent(r.takenFromOwn()), percent(r.ownShareBefore()),
                    percent(r.ownShareAfter()), percent(r.newShare() - r.takenFromOwn())));
        }
        b.append(' ').append(Messages.get(locale, "floating".equals(r.weighting()) ? "huff.text.floating" : "huff.text.uniform"));
        return b.toString();
    }

    /** A share 0–1 as a percentage with one decimal ("14.2"). */
    public static String percent(double share) {
        return Formats.number(share * 100, 1);
    }
}
