package kr.sanggwon.ui.finance;

import java.util.List;
import kr.sanggwon.finance.Field;
import kr.sanggwon.finance.Param;

/** The text inputs of the 수익 분석 form: what they hold, which problems they show, which default fills them. */
enum FinanceInput {
    SALES(Kind.MONEY, Field.SALES, null),
    SALES_LOW(Kind.MONEY, Field.SALES_RANGE, null),
    SALES_HIGH(Kind.MONEY, Field.SALES_RANGE, null),
    DEPOSIT(Kind.MONEY, Field.DEPOSIT, null),
    PREMIUM(Kind.MONEY, Field.PREMIUM, null),
    INTERIOR(Kind.MONEY, Field.INTERIOR, null),
    EQUIPMENT(Kind.MONEY, Field.EQUIPMENT, null),
    RENT(Kind.MONEY, Field.RENT, null),
    MAINTENANCE(Kind.MONEY, Field.MAINTENANCE, null),
    UTILITIES(Kind.MONEY, Field.UTILITIES, Param.UTILITIES_MONTHLY),
    STAFF(Kind.COUNT, Field.STAFF, null),
    WAGE(Kind.MONEY, Field.WAGE, null),
    OWNER_WAGE(Kind.MONEY, Field.OWNER_WAGE, null),
    COGS(Kind.PERCENT, Field.COGS, Param.COGS_RATIO),
    CARD_FEE(Kind.PERCENT, Field.CARD_FEE, Param.CARD_FEE_RATE),
    DELIVERY_SHARE(Kind.PERCENT, Field.DELIVERY_SHARE, Param.DELIVERY_SHARE),
    DELIVERY_COMMISSION(Kind.PERCENT, Field.DELIVERY_COMMISSION, Param.DELIVERY_COMMISSION),
    OTHER_COSTS(Kind.PERCENT, Field.OTHER_COSTS, Param.OTHER_COST_RATIO),
    LOAN_AMOUNT(Kind.MONEY, Field.LOAN_AMOUNT, null),
    LOAN_RATE(Kind.PERCENT, Field.LOAN_RATE, Param.LOAN_RATE),
    LOAN_TERM(Kind.COUNT, Field.LOAN_TERM, null);

    /** How the text is read: won (350만, 1.5억), percent (30 = 30%), or a plain count. */
    enum Kind { MONEY, PERCENT, COUNT }

    /** The groups of the form, in order. */
    static final List<List<FinanceInput>> GROUPS = List.of(
            List.of(SALES, SALES_LOW, SALES_HIGH),
            List.of(DEPOSIT, PREMIUM, INTERIOR, EQUIPMENT),
            List.of(RENT, MAINTENANCE, UTILITIES, STAFF, WAGE, OWNER_WAGE),
            List.of(COGS, CARD_FEE, DELIVERY_SHARE, DELIVERY_COMMISSION, OTHER_COSTS),
            List.of(LOAN_AMOUNT, LOAN_RATE, LOAN_TERM));

    private final Kind kind;
    private final Field field;
    private final Param param;

    FinanceInput(Kind kind, Field field, Param param) {
        this.kind = kind;
        this.field = field;
        this.param = param;
    }

    Kind kind() {
        return kind;
    }

    Field field() {
        return field;
    }

    /** The default that fills this input, or null. */
    Param param() {
        return param;
    }

    /** The input a lesson's plan names ("rent", "interior", …: the lower-case constant), if any. */
    static java.util.Optional<FinanceInput> named(String name) {
        for (FinanceInput in : values()) {
            if (in.name().toLowerCase(java.util.Locale.ROOT).equals(name)) {
                return java.util.Optional.of(in);
            }
        }
        return java.util.Optional.empty();
    }

    /** Message key of the label ({@code finance.ui.input.<name>}). */
    String key() {
        return "finance.ui.input." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** CSS id of the text field ({@code finance-sales}, …). */
    String id() {
        return "finance-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
