package kr.sanggwon.ui.district;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.district.ChangeIndex;
import kr.sanggwon.district.Kpi;
import kr.sanggwon.district.KpiFormat;
import kr.sanggwon.district.Metric;
import kr.sanggwon.health.DataWarning;
import kr.sanggwon.ui.shell.DialogService;

/**
 * One KPI card: name, value, change vs last quarter and last year (▲▼ coloured by whether the change is good),
 * the quarter, a warning badge when data health flags its dataset; hover shows the provenance, click opens it.
 */
public final class KpiCard {
    private KpiCard() {
    }

    public static VBox create(Kpi k, List<DataWarning> warnings, DialogService dialogs) {
        VBox card = new VBox(4);
        card.getStyleClass().add(DistrictStyles.KPI_CARD);
        card.setId("kpi-" + k.metric().name());
        Label title = new Label(Messages.get(k.metric().labelKey()));
        title.getStyleClass().add(DistrictStyles.KPI_TITLE);
        HBox head = new HBox(6, title);
        if (!warnings.isEmpty()) {
            Label badge = new Label("⚠");
            badge.getStyleClass().add(DistrictStyles.WARN_BADGE);
            badge.setId("kpi-warn-" + k.metric().name());
            head.getChildren().add(badge);
        }
        head.getChildren().add(kr.sanggwon.ui.glossary.GlossaryHelp.button(kr.sanggwon.ui.glossary.GlossaryKeys.forMetric(k.metric())));
        Label value = new Label(k.hasValue() ? KpiFormat.value(k) : Messages.get("district.ui.noValue"));
        value.getStyleClass().add(DistrictStyles.KPI_VALUE);
        value.setId("kpi-value-" + k.metric().name());
        card.getChildren().addAll(head, value);
        if (k.metric() == Metric.CHANGE_INDEX) {
            ChangeIndex.of(k.text()).ifPresent(ci -> {
                Label meaning = new Label(Messages.get(ci.meaningKey()));
                meaning.setWrapText(true);
                meaning.getStyleClass().add(DistrictStyles.KPI_NOTE);
                card.getChildren().add(meaning);
            });
        } else if (k.value() != null) {
            // the two changes wrap onto two lines in a narrow card rather than ending in "…"
            card.getChildren().add(new FlowPane(10, 2, delta("district.ui.vsQuarter", k.metric(), k.deltaQuarter()),
                    delta("district.ui.vsYear", k.metric(), k.deltaYear())));
        }
        if (k.quarter() != null) {
            Label q = new Label(Formats.quarter(k.quarter()));
            q.getStyleClass().add(DistrictStyles.KPI_NOTE);
            card.getChildren().add(q);
        }
        String details = details(k, warnings);
        Tooltip tip = new Tooltip(details);
        tip.setWrapText(true);
        tip.setMaxWidth(460);
        tip.setShowDelay(Duration.millis(250));
        Tooltip.install(card, tip);
        card.setOnMouseClicked(e -> dialogs.showInfo(Messages.get(k.metric().labelKey()), details));
        return card;
    }

    /** The provenance text shown on hover and click, with any data-health warnings. */
    public static String details(Kpi k, List<DataWarning> warnings) {
        StringBuilder s = new StringBuilder(KpiFormat.provenance(k.provenance()));
        for (DataWarning w : warnings) {
            s.append("\n⚠ ").append(w.message().render(Messages.locale()));
        }
        return s.toString();
    }

    private static Label delta(String key, Metric metric, Double d) {
        Label l = new Label(Messages.get(key, KpiFormat.delta(metric, d)));
        l.setMinWidth(Region.USE_PREF_SIZE);
        Boolean good = KpiFormat.good(metric, d);
        l.getStyleClass().add(good == null ? DistrictStyles.DELTA_NEUTRAL : good ? DistrictStyles.DELTA_GOOD : DistrictStyles.DELTA_BAD);
        return l;
    }
}
