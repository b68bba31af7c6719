package kr.sanggwon.ui.recommend;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import kr.sanggwon.recommend.huff.HuffDefaults;
import kr.sanggwon.recommend.huff.HuffRequest;
import kr.sanggwon.recommend.huff.HuffResult;
import kr.sanggwon.recommend.huff.HuffService;
import kr.sanggwon.ui.district.AsyncValue;
import kr.sanggwon.ui.shell.UiContext;

/**
 * State of the 가게 자리 tab: the new shop's site and the owner's other shops (TM points clicked on the map), distance
 * decay, radius and attractiveness; any change recomputes the Huff share in the background for the shared industry.
 */
final class HuffViewModel {
    static final List<Integer> RADII = List.of(300, 500, 800, 1000);
    private final UiContext ctx;
    private final HuffDefaults defaults;
    private final ObjectProperty<double[]> site = new SimpleObjectProperty<>(this, "site");
    private final ObservableList<double[]> own = FXCollections.observableArrayList();
    private final DoubleProperty lambda = new SimpleDoubleProperty(this, "lambda");
    private final ObjectProperty<Integer> radius = new SimpleObjectProperty<>(this, "radius");
    private final DoubleProperty attractiveness = new SimpleDoubleProperty(this, "attractiveness", 1);
    private final BooleanProperty markingOwn = new SimpleBooleanProperty(this, "markingOwn");
    private final AsyncValue<HuffResult> result;

    HuffViewModel(UiContext ctx) {
        this.ctx = ctx;
        this.defaults = HuffDefaults.bundled();
        this.result = new AsyncValue<>(ctx.tasks());
        lambda.set(defaults.value(HuffDefaults.LAMBDA));
        radius.set((int) defaults.value(HuffDefaults.RADIUS));
        site.addListener((o, a, b) -> recompute());
        own.addListener((ListChangeListener<double[]>) c -> recompute());
        lambda.addListener((o, a, b) -> recompute());
        radius.addListener((o, a, b) -> recompute());
        attractiveness.addListener((o, a, b) -> recompute());
        ctx.selection().industryProperty().addListener((o, a, b) -> recompute());
        ctx.dataVersionProperty().addListener((o, a, b) -> recompute());
    }

    /** A click on the map at a TM point: places the new shop, or adds one of the owner's shops in marking mode. */
    void clicked(double x, double y) {
        if (markingOwn.get()) {
            if (own.size() < HuffService.MAX_OWN) {
                own.add(new double[] {x, y});
            }
        } else {
            site.set(new double[] {x, y});
        }
    }

    /** Puts the new shop at a district's point (a ranking row, or the district chosen on 상권 찾기) and returns it. */
    double[] placeAt(String district) {
        double[] p = ctx.app().huff().districtPoint(district);
        site.set(p);
        return p;
    }

    void recompute() {
        double[] s = site.get();
        String industry = ctx.selection().industry();
        if (s == null || industry == null) {
            result.clear();
            return;
        }
        HuffRequest r = new HuffRequest(s[0], s[1], industry, radius.get(), Math.round(lambda.get() * 10) / 10.0,
                Math.round(attractiveness.get() * 10) / 10.0, List.copyOf(own));
        HuffService service = ctx.app().huff();
        result.load(() -> HuffService.withSentence(service.analyse(r), kr.sanggwon.common.Messages.locale()));
    }

    HuffDefaults defaults() {
        return defaults;
    }

    UiContext context() {
        return ctx;
    }

    ObjectProperty<double[]> site() {
        return site;
    }

    ObservableList<double[]> own() {
        return own;
    }

    DoubleProperty lambda() {
        return lambda;
    }

    ObjectProperty<Integer> radius() {
        return radius;
    }

    DoubleProperty attractiveness() {
        return attractiveness;
    }

    BooleanProperty markingOwn() {
        return markingOwn;
    }

    AsyncValue<HuffResult> result() {
        return result;
    }
}
