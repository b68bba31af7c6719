package kr.sanggwon.wizard;

/**
 * The owner's three answers: what shop ({@code industry}: a 서비스_업종_코드), where ({@code gu}: a 자치구 name, or
 * {@code district}: one 상권 code picked on the map; both may be null for all of Seoul), and how much ({@code budget}:
 * money for interior, equipment and 권리금 without the deposit; {@code rent}: monthly rent; {@code staff}: employees
 * besides the owner).
 */
public record WizardQuestion(String industry, String gu, String district, double budget, double rent, double staff) {
    public WizardQuestion {
        if (industry == null || industry.isBlank()) {
            throw new kr.sanggwon.common.UserException("wizard.error.noWhat");
        }
        if (!(budget >= 0) || !(rent >= 0) || !(staff >= 0) || Double.isInfinite(budget) || Double.isInfinite(rent)) {
            throw new kr.sanggwon.common.UserException("wizard.error.money");
        }
    }
}
