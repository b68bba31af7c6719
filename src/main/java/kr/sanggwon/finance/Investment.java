package kr.sanggwon.finance;

/** Money put in before opening, in won: 보증금 (returned at the end), 권리금, 인테리어, 설비. */
public record Investment(double deposit, double premium, double interior, double equipment) {
    public static final Investment NONE = new Investment(0, 0, 0, 0);

    /** Everything put in, the deposit included. */
    public double total() {
        return deposit + premium + interior + equipment;
    }

    /** What the shop has to earn back: all but the deposit, which the landlord returns. */
    public double toRecover() {
        return premium + interior + equipment;
    }

    /** What wears out and is depreciated: interior and equipment. */
    public double depreciable() {
        return interior + equipment;
    }
}
