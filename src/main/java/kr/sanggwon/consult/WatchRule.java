package kr.sanggwon.consult;

/**
 * When a watched number "moved notably" from the quarter before (or the same quarter a year before) to the newest
 * quarter. Sales, stores and closure rate need both tests: the change is large in itself, and it is large for this
 * district — beyond what its own numbers usually do — so a district whose sales swing with the seasons every quarter
 * does not ring each time, while a steady one rings at the first real move. Any switch of 상권변화지표 from one quarter
 * to the next counts: it is a four-way class Seoul recomputes each quarter, and the switch itself is the news.
 *
 * @param minChange       smallest relative change of sales or stores (0.10 = 10 %)
 * @param minClosePoints  smallest change of the closure rate in percentage points
 * @param usualMultiple   how many times the district's usual change the move must exceed
 * @param usualWindow     how many earlier quarters make the district's usual change (their median absolute change)
 * @param minUsualSamples with fewer earlier changes than this the usual change is unknown, and the move must be twice
 *                        the smallest change instead
 * @param minStores       below this many stores, store counts and closure rates are not judged
 */
public record WatchRule(double minChange, double minClosePoints, double usualMultiple, int usualWindow, int minUsualSamples,
                        double minStores) {
    /**
     * The rule the app uses. 10 %: a tenth more or less is what an owner notices in the till; smaller quarterly moves
     * are within the noise of estimated sales. 2 %p: quarterly closure rates are a few percent, so two points more
     * means clearly more shops closed. Twice the median absolute change of the district's own last 8 quarters (at the
     * same distance: quarter-on-quarter moves against earlier quarter-on-quarter moves, year-on-year against
     * year-on-year), known from at least 4 of them: a district's ordinary seasonal swing is not news. 20 stores: below
     * that, one closure alone moves the closure rate by 5 points or more and one opening the count by 5 % or more.
     */
    public static final WatchRule DEFAULT = new WatchRule(0.10, 2.0, 2.0, 8, 4, 20);
}
