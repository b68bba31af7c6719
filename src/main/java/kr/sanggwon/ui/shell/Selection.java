package kr.sanggwon.ui.shell;

import java.util.List;
import javafx.beans.property.ListProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleListProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import kr.sanggwon.finance.CarriedSales;

/**
 * What the user is looking at across screens: one district code, one industry code, and the districts picked for
 * comparison. Remembered in preferences when created with {@link #remembered(DeskPreferences)}.
 */
public final class Selection {
    private final StringProperty district = new SimpleStringProperty(this, "district");
    private final StringProperty industry = new SimpleStringProperty(this, "industry");
    private final ObjectProperty<CarriedSales> financeSales = new SimpleObjectProperty<>(this, "financeSales");
    private final ObjectProperty<java.util.Map<String, String>> financePlan = new SimpleObjectProperty<>(this, "financePlan");
    private final ListProperty<String> compareDistricts =
            new SimpleListProperty<>(this, "compareDistricts", FXCollections.observableArrayList());

    /** A selection that is not saved (tests). */
    public Selection() {
    }

    /** Loads the last selection and saves every change. */
    public static Selection remembered(DeskPreferences prefs) {
        Selection s = new Selection();
        s.district.set(prefs.district().orElse(null));
        s.industry.set(prefs.industry().orElse(null));
        s.compareDistricts.setAll(prefs.compareDistricts());
        s.district.addListener((o, a, b) -> prefs.setDistrict(b));
        s.industry.addListener((o, a, b) -> prefs.setIndustry(b));
        s.compareDistricts.addListener((ListChangeListener<String>) c -> prefs.setCompareDistricts(List.copyOf(s.compareDistricts)));
        return s;
    }

    public StringProperty districtProperty() {
        return district;
    }

    public String district() {
        return district.get();
    }

    public void setDistrict(String code) {
        district.set(code);
    }

    public StringProperty industryProperty() {
        return industry;
    }

    public String industry() {
        return industry.get();
    }

    public void setIndustry(String code) {
        industry.set(code);
    }

    /**
     * Sales carried into 수익 분석 (from 예상 매출's "수익 분석으로 가져가기"); the 수익 분석 screen takes them up.
     * Not remembered between runs.
     */
    public ObjectProperty<CarriedSales> financeSalesProperty() {
        return financeSales;
    }

    /**
     * Boxes of 수익 분석's plan to fill by name (a lesson's preset: investment and fixed costs); the screen takes them up
     * when it opens or when they change. Not remembered between runs.
     */
    public ObjectProperty<java.util.Map<String, String>> financePlanProperty() {
        return financePlan;
    }

    /** District codes picked for comparison, in the user's order. */
    public ListProperty<String> compareDistricts() {
        return compareDistricts;
    }
}
