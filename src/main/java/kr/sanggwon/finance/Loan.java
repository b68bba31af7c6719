package kr.sanggwon.finance;

/** A loan: amount in won, yearly interest rate (0.055 = 5.5%), term in months (equal monthly payments). */
public record Loan(double amount, double annualRate, int termMonths) {
    public static final Loan NONE = new Loan(0, 0, 0);

    /** Interest of the first month, the P&L's interest line (highest month; it falls as the loan is repaid). */
    public double monthlyInterest() {
        return amount * annualRate / 12;
    }

    /** The equal monthly payment (interest and principal) over the term; 0 without a loan. */
    public double monthlyPayment() {
        if (amount <= 0 || termMonths <= 0) {
            return 0;
        }
        double r = annualRate / 12;
        if (r == 0) {
            return amount / termMonths;
        }
        return amount * r / (1 - Math.pow(1 + r, -termMonths));
    }
}
