package kr.sanggwon.finance;

/** The inputs of the simulation a problem can point at (message key {@code finance.field.<id>}). */
public enum Field {
    SALES("sales"), SALES_RANGE("salesRange"), DEPOSIT("deposit"), PREMIUM("premium"), INTERIOR("interior"),
    EQUIPMENT("equipment"), RENT("rent"), MAINTENANCE("maintenance"), UTILITIES("utilities"), STAFF("staff"), WAGE("wage"),
    OWNER_WAGE("ownerWage"), COGS("cogs"), CARD_FEE("cardFee"), DELIVERY_COMMISSION("deliveryCommission"),
    DELIVERY_SHARE("deliveryShare"), OTHER_COSTS("otherCosts"), LOAN_AMOUNT("loanAmount"), LOAN_RATE("loanRate"),
    LOAN_TERM("loanTerm"), DEPRECIATION_YEARS("depreciationYears");

    private final String id;

    Field(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String key() {
        return "finance.field." + id;
    }
}
