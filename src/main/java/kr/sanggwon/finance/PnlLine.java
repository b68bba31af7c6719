package kr.sanggwon.finance;

/** One line of the monthly P&L: costs are negative, sales and subtotals as they are. */
public record PnlLine(Kind kind, double amount) {
    /**
     * Line kinds in P&L order; {@code subtotal} lines are results, the others add up to them. {@code DIGITAL} (digital
     * tool fees) is only in a P&L whose plan has them.
     */
    public enum Kind {
        SALES(false), COGS(false), CARD_FEES(false), DELIVERY_FEES(false), OTHER_VARIABLE(false),
        STAFF_WAGES(false), STAFF_OVERHEAD(false), OWNER_LABOUR(false), RENT(false), MAINTENANCE(false), UTILITIES(false), DIGITAL(false),
        DEPRECIATION(false), OPERATING_PROFIT(true), INTEREST(false), PROFIT_BEFORE_TAX(true);

        private final boolean subtotal;

        Kind(boolean subtotal) {
            this.subtotal = subtotal;
        }

        public boolean subtotal() {
            return subtotal;
        }

        /** Message key of the line's name. */
        public String key() {
            return "finance.line." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
