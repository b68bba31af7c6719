package kr.sanggwon.ui.wizard;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.util.StringConverter;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Messages;
import kr.sanggwon.finance.MoneyInput;
import kr.sanggwon.geo.DistrictPolygon;
import kr.sanggwon.search.DistrictEntry;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.district.ScreenParts;
import kr.sanggwon.ui.map.DistrictMapView;
import kr.sanggwon.ui.map.RingSimplifier;
import kr.sanggwon.ui.shell.FileType;
import kr.sanggwon.ui.task.BackgroundTask;
import kr.sanggwon.wizard.PlainIndustries;
import kr.sanggwon.wizard.PlainIndustry;
import kr.sanggwon.wizard.WizardAnswer;
import kr.sanggwon.wizard.WizardQuestion;

/** Layout of 창업 도우미: the three questions in large plain words, then the one-page answer with print and save. */
final class WizardView {
    private final WizardViewModel vm;
    private final ComboBox<PlainIndustry> what = new ComboBox<>();
    private final ToggleGroup where = new ToggleGroup();
    private final RadioButton seoul = new RadioButton(Messages.get("wizard.ui.where.seoul"));
    private final RadioButton inGu = new RadioButton(Messages.get("wizard.ui.where.gu"));
    private final RadioButton onMap = new RadioButton(Messages.get("wizard.ui.where.map"));
    private final ComboBox<String> gu = new ComboBox<>();
    private final DistrictMapView map = new DistrictMapView();
    private final Label mapChosen = new Label(Messages.get("wizard.ui.where.mapNone"));
    private final TextField budget = new TextField();
    private final TextField rent = new TextField();
    private final Spinner<Integer> staff = new Spinner<>(0, 20, 0);
    private final Label problem = new Label();
    private final VBox answerBox = new VBox(10);
    private final Map<String, String> districtNames = new HashMap<>();
    private String chosenDistrict;
    private boolean mapLoaded;

    WizardView(WizardViewModel vm) {
        this.vm = vm;
    }

    Node build() {
        VBox root = new VBox(14);
        root.getStyleClass().add(Styles.SCREEN);
        Label intro = new Label(Messages.get("wizard.ui.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        root.getChildren().addAll(ScreenParts.title(Messages.get("wizard.ui.heading")), intro, questionOne(), questionTwo(),
                questionThree(), actions(), answerBox);
        answerBox.setId("wizard-answer-box");
        showEmpty();
        vm.answerProperty().addListener((o, a, b) -> showAnswer(b));
        vm.errorProperty().addListener((o, a, b) -> problem.setText(b));
        return ScreenParts.scroll(root);
    }

    private Node questionOne() {
        what.setId("wizard-what");
        what.getItems().setAll(PlainIndustries.all());
        what.setPromptText(Messages.get("wizard.ui.what.prompt"));
        what.setVisibleRowCount(12);
        what.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlainIndustry p) {
                return p == null ? "" : p.word(Messages.locale()) + "  (" + p.officialName() + ")";
            }

            @Override
            public PlainIndustry fromString(String s) {
                return PlainIndustries.find(s).orElse(null);
            }
        });
        what.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.loadGuNames(b.code());
            }
        });
        what.setAccessibleText(Messages.get("wizard.ui.q1"));
        return question("wizard.ui.q1", what, what);
    }

    private Node questionTwo() {
        seoul.setToggleGroup(where);
        inGu.setToggleGroup(where);
        onMap.setToggleGroup(where);
        seoul.setId("wizard-where-seoul");
        inGu.setId("wizard-where-gu");
        onMap.setId("wizard-where-map");
        seoul.setSelected(true);
        gu.setId("wizard-gu");
        gu.setItems(vm.guNames());
        gu.setAccessibleText(Messages.get("wizard.ui.where.gu"));
        gu.setVisibleRowCount(14);
        gu.disableProperty().bind(inGu.selectedProperty().not());
        gu.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                inGu.setSelected(true);
            }
        });
        map.setId("wizard-map");
        map.setPrefHeight(300);
        map.setMinSize(200, 200);
        map.setAccessibleText(Messages.get("wizard.ui.where.map"));
        map.setAccessibleHelp(Messages.get("wizard.ui.where.mapHint"));
        map.setOnOpen(this::chooseOnMap);
        Label hint = new Label(Messages.get("wizard.ui.where.mapHint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add(Styles.MUTED);
        mapChosen.setId("wizard-map-chosen");
        VBox mapBox = new VBox(6, hint, mapChosen, map);
        mapBox.visibleProperty().bind(onMap.selectedProperty());
        mapBox.managedProperty().bind(onMap.selectedProperty());
        onMap.selectedProperty().addListener((o, a, b) -> {
            if (b) {
                loadMapOnce();
            }
        });
        FlowPane choices = new FlowPane(14, 8, seoul, new HBox(8, inGu, gu), onMap);
        choices.setAlignment(Pos.CENTER_LEFT);
        return question("wizard.ui.q2", new VBox(8, choices, mapBox), seoul);
    }

    private Node questionThree() {
        budget.setId("wizard-budget");
        rent.setId("wizard-rent");
        staff.setId("wizard-staff");
        staff.setEditable(true);
        budget.setPromptText(Messages.get("wizard.ui.moneyHint"));
        rent.setPromptText(Messages.get("wizard.ui.moneyHint"));
        budget.setAccessibleText(Messages.get("wizard.ui.budget"));
        rent.setAccessibleText(Messages.get("wizard.ui.rent"));
        staff.setAccessibleText(Messages.get("wizard.ui.staff"));
        FlowPane fields = new FlowPane(16, 8, field("wizard.ui.budget", budget), field("wizard.ui.rent", rent),
                field("wizard.ui.staff", staff));
        return question("wizard.ui.q3", fields, budget);
    }

    private Node actions() {
        Button answer = new Button(Messages.get("wizard.ui.answer"));
        answer.setId("wizard-ask");
        answer.getStyleClass().add(Styles.ACCENT_BUTTON);
        answer.setDefaultButton(true);
        answer.disableProperty().bind(vm.runningProperty());
        answer.setOnAction(e -> ask());
        Label running = new Label(Messages.get("wizard.ui.running"));
        running.visibleProperty().bind(vm.runningProperty());
        problem.setId("wizard-problem");
        problem.getStyleClass().add(Styles.ERROR);
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        HBox bar = new HBox(12, answer, running);
        bar.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, bar, problem);
    }

    private void ask() {
        PlainIndustry p = what.getValue();
        if (p == null) {
            problem.setText(Messages.get("wizard.ui.needWhat"));
            what.requestFocus();
            return;
        }
        String guName = null;
        String district = null;
        if (inGu.isSelected()) {
            guName = gu.getValue();
            if (guName == null) {
                problem.setText(Messages.get("wizard.ui.needGu"));
                gu.requestFocus();
                return;
            }
        } else if (onMap.isSelected()) {
            district = chosenDistrict;
            if (district == null) {
                problem.setText(Messages.get("wizard.ui.needDistrict"));
                map.requestFocus();
                return;
            }
        }
        double b = money(budget);
        double r = money(rent);
        if (Double.isNaN(b) || Double.isNaN(r)) {
            return;
        }
        problem.setText("");
        vm.ask(new WizardQuestion(p.code(), guName, district, b, r, staff.getValue()));
    }

    /** An empty field is 0 (an owner may not know the rent yet); text that is not an amount is refused. */
    private double money(TextField f) {
        String t = f.getText() == null ? "" : f.getText().trim();
        if (t.isEmpty()) {
            return 0;
        }
        double v = MoneyInput.parse(t);
        if (Double.isNaN(v) || v < 0) {
            problem.setText(Messages.get("wizard.ui.badMoney", t));
            f.requestFocus();
            return Double.NaN;
        }
        return v;
    }

    private void chooseOnMap(String code) {
        chosenDistrict = code;
        map.setSelected(code);
        onMap.setSelected(true);
        mapChosen.setText(Messages.get("wizard.ui.where.mapChosen", districtNames.getOrDefault(code, code)));
    }

    private void loadMapOnce() {
        if (mapLoaded) {
            return;
        }
        mapLoaded = true;
        vm.context().tasks().execute(BackgroundTask.of(() -> {
            List<DistrictEntry> entries = vm.context().app().districtCatalog().search().entries().stream()
                    .filter(e -> e.code().length() == 7).toList();
            Map<String, List<double[]>> shapes = new HashMap<>();
            for (DistrictPolygon p : vm.context().app().districtShapes().loadLevel(Level.TRDAR.code())) {
                shapes.put(p.code(), p.rings().stream().map(r -> RingSimplifier.simplify(r, 4)).toList());
            }
            return Map.entry(entries, shapes);
        }).onSuccess(v -> {
            v.getKey().forEach(e -> districtNames.put(e.code(), e.name() + (e.guName() == null ? "" : " (" + e.guName() + ")")));
            map.setDistricts(v.getKey());
            map.setShapes(v.getValue());
        }));
    }

    private void showEmpty() {
        Label empty = new Label(Messages.get("wizard.ui.empty"));
        empty.getStyleClass().add(Styles.MUTED);
        empty.setWrapText(true);
        answerBox.getChildren().setAll(empty);
    }

    private void showAnswer(WizardAnswer a) {
        if (a == null) {
            showEmpty();
            return;
        }
        VBox page = WizardPage.build(a);
        Button print = new Button(Messages.get("wizard.ui.print"));
        print.setId("wizard-print");
        print.setOnAction(e -> print(page));
        Button png = new Button(Messages.get("wizard.ui.savePng"));
        png.setId("wizard-save-png");
        png.setOnAction(e -> savePng(page));
        Button finance = new Button(Messages.get("wizard.ui.openFinance"));
        finance.setId("wizard-open-finance");
        finance.setDisable(a.finance() == null);
        finance.setOnAction(e -> vm.openFinance());
        FlowPane bar = new FlowPane(8, 6, print, png, finance);
        answerBox.getChildren().setAll(page, bar);
    }

    /** Prints the page scaled to fit one sheet (the system dialog offers "print to PDF" where the OS has it). */
    private void print(Node page) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            vm.context().dialogs().showWarning(Messages.get("wizard.ui.print"), Messages.get("wizard.ui.printFailed"));
            return;
        }
        if (!job.showPrintDialog(page.getScene() == null ? null : page.getScene().getWindow())) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        double w = page.getBoundsInParent().getWidth();
        double h = page.getBoundsInParent().getHeight();
        double s = Math.min(1, Math.min(layout.getPrintableWidth() / w, layout.getPrintableHeight() / h));
        Scale scale = new Scale(s, s);
        page.getTransforms().add(scale);
        try {
            if (job.printPage(layout, page)) {
                job.endJob();
            }
        } finally {
            page.getTransforms().remove(scale);
        }
    }

    private void savePng(Node page) {
        var file = vm.context().dialogs().saveFile(Messages.get("wizard.ui.savePng"), "sanggwon-answer.png",
                new FileType("PNG", List.of("*.png")));
        file.ifPresent(p -> {
            try {
                WizardPng.write(page, p);
                vm.context().dialogs().showInfo(Messages.get("wizard.ui.savePng"), Messages.get("wizard.ui.saved", p));
            } catch (java.io.IOException | RuntimeException e) {
                vm.context().dialogs().showError(Messages.get("wizard.ui.saveFailed", p), e);
            }
        });
    }

    private static Node question(String key, Node body, Node labelFor) {
        Label q = new Label(Messages.get(key));
        q.getStyleClass().add(Styles.SCREEN_SUBTITLE);
        q.setStyle("-fx-font-weight: bold; -fx-font-size: 1.25em;");
        q.setWrapText(true);
        q.setMinHeight(Region.USE_PREF_SIZE);
        q.setLabelFor(labelFor);
        VBox box = new VBox(8, q, body);
        box.getStyleClass().add(Styles.CARD);
        return box;
    }

    private static Node field(String key, javafx.scene.control.Control control) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(control);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        control.setPrefWidth(180);
        return new VBox(4, l, control);
    }
}
