package kr.sanggwon.ui.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.Range;

/**
 * A value axis for KRW: every tick in one unit picked by {@link MoneyScale} from the axis' current range, and the
 * label naming that unit. The unit is worked out whenever the axis draws, so it follows auto-ranging and zooming.
 */
public final class MoneyAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;

    private final String baseLabel;

    public MoneyAxis(String label) {
        super(label);
        this.baseLabel = label;
        setNumberFormatOverride(new TickFormat(this));
    }

    /** A money axis that takes over the range settings of {@code other} (e.g. one made by ChartFactory). */
    public static MoneyAxis replacing(NumberAxis other) {
        MoneyAxis a = new MoneyAxis(other.getLabel());
        a.setAutoRangeIncludesZero(other.getAutoRangeIncludesZero());
        a.setAutoRangeStickyZero(other.getAutoRangeStickyZero());
        a.setLowerMargin(other.getLowerMargin());
        a.setUpperMargin(other.getUpperMargin());
        a.setAutoRangeMinimumSize(other.getAutoRangeMinimumSize());
        a.setDefaultAutoRange(other.getDefaultAutoRange());
        a.setFixedAutoRange(other.getFixedAutoRange());
        a.setRangeType(other.getRangeType());
        a.setInverted(other.isInverted());
        a.setVisible(other.isVisible());
        a.setTickLabelsVisible(other.isTickLabelsVisible());
        a.setTickMarksVisible(other.isTickMarksVisible());
        a.setLabelFont(other.getLabelFont());
        a.setTickLabelFont(other.getTickLabelFont());
        if (!other.isAutoRange()) {
            a.setRange(other.getRange(), true, false);
        }
        return a;
    }

    /** The scale the axis uses for its current range and tick size. */
    public MoneyScale scale() {
        Range r = getRange();
        return MoneyScale.of(r.getLowerBound(), r.getUpperBound(), getTickUnit() == null ? 0 : getTickUnit().getSize());
    }

    @Override
    public String getLabel() {
        return scale().label(baseLabel);
    }

    /** Formats ticks with the axis' scale at the moment they are drawn. */
    private static final class TickFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final MoneyAxis axis;

        TickFormat(MoneyAxis axis) {
            this.axis = axis;
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(axis.scale().tick(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            return null;
        }
    }
}
