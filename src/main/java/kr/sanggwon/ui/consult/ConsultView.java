package kr.sanggwon.ui.consult;

import java.util.Map;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.Client;
import kr.sanggwon.consult.ConsultService;
import kr.sanggwon.consult.Consultation;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.district.ScreenParts;
import kr.sanggwon.ui.task.BackgroundTask;

/**
 * Layout of 상담: the passphrase forms while locked; when open, "연락할 곳" (watched districts that moved) across the
 * top, the search and lists on the left (clients, upcoming follow-ups, recent consultations) and on the right the
 * client form, the client's 관심 목록, its consultations with the consultation form, and the scenarios of the chosen
 * consultation.
 */
final class ConsultView {
    /** How often the open screen looks whether the vault locked itself. */
    static final int IDLE_CHECK_SECONDS = 15;
    private final ConsultViewModel vm;
    private final StackPane root = new StackPane();
    private final ComboBox<Map.Entry<String, String>> industry = new ComboBox<>();
    private WatchViewModel watch;

    ConsultView(ConsultViewModel vm) {
        this.vm = vm;
    }

    Node build() {
        root.setId("consult-screen");
        vm.phaseProperty().addListener((o, a, b) -> render());
        vm.conflictProperty().addListener((o, a, prompt) -> {
            if (prompt != null) {   // someone else saved first: ask what to keep (closing keeps the form as typed)
                javafx.application.Platform.runLater(() -> new ConflictDialog(prompt)
                        .ask(root.getScene() == null ? null : root.getScene().getWindow())
                        .ifPresentOrElse(prompt::choose, vm::dismissConflict));
            }
        });
        render();
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, this::activity);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::activity);
        vm.startIdleCheck(Duration.seconds(IDLE_CHECK_SECONDS));
        return root;
    }

    private void activity(Event e) {
        vm.touch();
    }

    private void render() {
        switch (vm.phaseProperty().get()) {
            case LOADING -> root.getChildren().setAll(FormParts.wrapped(Messages.get("district.ui.loading"), Styles.LOADING));
            case SAMPLE -> root.getChildren().setAll(SampleWorkspacePane.build(vm.context()));
            case SET_UP -> root.getChildren().setAll(VaultPanes.setUp(vm));
            case LOCKED -> root.getChildren().setAll(VaultPanes.unlock(vm));
            case OPEN -> root.getChildren().setAll(open());
        }
    }

    private Node open() {
        TextField search = FormParts.text("consult-search");
        search.setPromptText(Messages.get("consult.ui.searchPrompt"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setPrefColumnCount(16);
        Button add = new Button(Messages.get("consult.ui.newClient"));
        add.setId("consult-new-client");
        add.setOnAction(e -> vm.newClient());
        Button lock = new Button(Messages.get("consult.ui.lock"));
        lock.setId("consult-lock");
        lock.setOnAction(e -> vm.lock());
        FlowPane toolbar = new FlowPane(8, 6, search, add, lock);
        toolbar.getStyleClass().add(Styles.TOOLBAR);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        Label message = FormParts.notice("consult-message", vm.messageProperty(), vm.refusedProperty());

        VBox left = new VBox(8,
                ScreenParts.section(Messages.get("consult.ui.clients")), clientList(),
                ScreenParts.section(Messages.get("consult.ui.followUps")),
                listed("consult-followups", vm.followUps(), l -> l.consultation().followUpOn() + "  " + l.client().name()),
                ScreenParts.section(Messages.get("consult.ui.recent")),
                listed("consult-recent", vm.recent(), l -> l.consultation().heldOn() + "  " + l.client().name()));
        left.setMinWidth(180);
        left.setPrefWidth(230);
        left.setMaxWidth(260);

        if (watch == null) {
            watch = new WatchViewModel(vm);   // once: it follows the phase, the client and new data by itself
        }
        WatchPane watchPane = new WatchPane(vm, watch);
        VBox right = new VBox(12, clientForm(), watchPane.card(), consultations(), new ScenarioPane(vm).build(),
                new SurveyPane(new SurveyViewModel(vm)).build(vm), new DigitalPane(new DigitalViewModel(vm)).build(vm),
                AfterOpeningPane.build(vm, new AfterOpeningViewModel(vm)), VaultPanes.change(vm), VaultPanes.idleLock(vm));
        HBox.setHgrow(right, Priority.ALWAYS);
        right.setMinWidth(300);
        HBox columns = new HBox(14, left, right);
        VBox page = new VBox(10, ScreenParts.title(Messages.get("ui.nav.consult")),
                ScreenParts.subtitle(Messages.get("consult.ui.subtitle")), toolbar, message, watchPane.contacts(), columns);
        loadIndustries();
        return ScreenParts.scroll(page);
    }

    private ListView<Client> clientList() {
        ListView<Client> list = new ListView<>(vm.clients());
        list.setId("consult-clients");
        list.setPrefHeight(220);
        list.setCellFactory(v -> cell(c -> c.name() + (c.idea() == null ? "" : " · " + c.idea())));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.clientProperty().get()) {
                vm.selectClient(b);
            }
        });
        Label empty = FormParts.wrapped(Messages.get("consult.ui.noClients"), Styles.PLACEHOLDER);
        list.setPlaceholder(empty);
        return list;
    }

    private ListView<ConsultService.Listed> listed(String id, javafx.collections.ObservableList<ConsultService.Listed> items,
                                                   Function<ConsultService.Listed, String> text) {
        ListView<ConsultService.Listed> list = new ListView<>(items);
        list.setId(id);
        list.setPrefHeight(120);
        list.setCellFactory(v -> cell(text));
        list.setPlaceholder(FormParts.wrapped(Messages.get("consult.ui.none"), Styles.PLACEHOLDER));
        list.setOnMouseClicked(e -> {
            ConsultService.Listed l = list.getSelectionModel().getSelectedItem();
            if (l != null) {
                vm.openListed(l);
            }
        });
        return list;
    }

    static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            {
                // a long name or title wraps inside the list instead of widening it behind a horizontal scroll bar
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    private Node clientForm() {
        TextField name = FormParts.text("client-name");
        TextField phone = FormParts.text("client-phone");
        TextField email = FormParts.text("client-email");
        TextField idea = FormParts.text("client-idea");
        TextField budget = FormParts.text("client-budget");
        budget.setPromptText(Messages.get("consult.ui.budgetPrompt"));
        TextField target = FormParts.text("client-target");
        TextArea notes = FormParts.area("client-notes");
        industry.setId("client-industry");
        industry.setMaxWidth(Double.MAX_VALUE);
        industry.setButtonCell(cell(en -> en.getValue()));
        industry.setCellFactory(v -> cell(en -> en.getValue()));
        GridPane g = FormParts.grid();
        FormParts.row(g, "consult.field.name", name);
        FormParts.row(g, "consult.field.phone", phone);
        FormParts.row(g, "consult.field.email", email);
        FormParts.row(g, "consult.field.idea", idea);
        FormParts.row(g, "consult.field.industry", industry);
        FormParts.row(g, "consult.field.budgetMan", budget);
        FormParts.row(g, "consult.field.target", target);
        FormParts.row(g, "consult.field.notes", notes);
        Label title = ScreenParts.section(Messages.get("consult.ui.newClient"));
        Runnable fill = () -> {
            Client c = vm.clientProperty().get();
            title.setText(Messages.get(c == null ? "consult.ui.newClient" : "consult.ui.client"));
            name.setText(c == null ? "" : c.name());
            phone.setText(c == null ? "" : nz(c.phone()));
            email.setText(c == null ? "" : nz(c.email()));
            idea.setText(c == null ? "" : nz(c.idea()));
            budget.setText(c == null || c.budget() == null ? "" : Formats.number(c.budget() / 10_000.0, 0));
            target.setText(c == null ? "" : nz(c.targetCustomers()));
            notes.setText(c == null ? "" : nz(c.notes()));
            industry.getSelectionModel().select(industry.getItems().stream()
                    .filter(en -> c != null && en.getKey().equals(c.industry())).findFirst().orElse(null));
        };
        vm.clientProperty().addListener((o, a, b) -> fill.run());
        industry.getItems().addListener((ListChangeListener<Map.Entry<String, String>>) ch -> fill.run());
        fill.run();
        Button save = new Button(Messages.get("consult.ui.saveClient"));
        save.setId("client-save");
        save.getStyleClass().add(Styles.ACCENT_BUTTON);
        save.setOnAction(e -> vm.saveClient(new ConsultViewModel.ClientForm(name.getText(), phone.getText(), email.getText(),
                idea.getText(), industry.getValue() == null ? null : industry.getValue().getKey(), budget.getText(), target.getText(),
                notes.getText())));
        Button delete = new Button(Messages.get("consult.ui.deleteClient"));
        delete.disableProperty().bind(vm.clientProperty().isNull());
        delete.setOnAction(e -> vm.deleteClient());
        PurgePane purge = new PurgePane(vm);
        return FormParts.card(title, g, new FlowPane(8, 6, save, delete, purge.button()), purge.confirmation());
    }

    private Node consultations() {
        ListView<Consultation> list = new ListView<>(vm.consultations());
        list.setId("consult-consultations");
        list.setPrefHeight(110);
        list.setCellFactory(v -> cell(k -> k.heldOn() + (k.place() == null ? "" : " · " + k.place())
                + (k.followUpOn() == null ? "" : "  → " + Messages.get("consult.ui.followUpOn", k.followUpOn().toString()))));
        list.setPlaceholder(FormParts.wrapped(Messages.get("consult.ui.noConsultations"), Styles.PLACEHOLDER));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.consultationProperty().get()) {
                vm.selectConsultation(b);
            }
        });
        TextField date = FormParts.text("consultation-date");
        date.setPromptText("2026-03-15");
        TextField place = FormParts.text("consultation-place");
        TextArea notes = FormParts.area("consultation-notes");
        TextArea next = FormParts.area("consultation-next");
        TextField follow = FormParts.text("consultation-follow-up");
        follow.setPromptText("2026-03-29");
        GridPane g = FormParts.grid();
        FormParts.row(g, "consult.field.date", date);
        FormParts.row(g, "consult.field.place", place);
        FormParts.row(g, "consult.field.consultationNotes", notes);
        FormParts.row(g, "consult.field.nextSteps", next);
        FormParts.row(g, "consult.field.followUp", follow);
        Runnable fill = () -> {
            Consultation k = vm.consultationProperty().get();
            date.setText(k == null ? java.time.LocalDate.now().toString() : k.heldOn().toString());
            place.setText(k == null ? "" : nz(k.place()));
            notes.setText(k == null ? "" : nz(k.notes()));
            next.setText(k == null ? "" : nz(k.nextSteps()));
            follow.setText(k == null || k.followUpOn() == null ? "" : k.followUpOn().toString());
            if (k != null && list.getSelectionModel().getSelectedItem() != k) {
                list.getSelectionModel().select(k);
            }
        };
        vm.consultationProperty().addListener((o, a, b) -> fill.run());
        fill.run();
        Button save = new Button(Messages.get("consult.ui.saveConsultation"));
        save.setId("consultation-save");
        save.getStyleClass().add(Styles.ACCENT_BUTTON);
        save.setOnAction(e -> vm.saveConsultation(new ConsultViewModel.ConsultationForm(date.getText(), place.getText(),
                notes.getText(), next.getText(), follow.getText())));
        Button fresh = new Button(Messages.get("consult.ui.newConsultation"));
        fresh.setId("consultation-new");
        fresh.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            vm.newConsultation();
            fill.run();
        });
        VBox card = FormParts.card(ScreenParts.section(Messages.get("consult.ui.consultations")), list, g, new FlowPane(8, 6, save, fresh),
                kr.sanggwon.ui.report.ReportButtons.of(vm.context(), vm.consultationProperty()));
        card.disableProperty().bind(vm.clientProperty().isNull());
        return card;
    }

    private void loadIndustries() {
        if (!industry.getItems().isEmpty()) {
            return;
        }
        vm.context().tasks().execute(BackgroundTask.of(() -> vm.context().app().estimateService().industries())
                .onSuccess(m -> industry.getItems().setAll(m.entrySet().stream().map(en -> Map.entry(en.getKey(), en.getValue()))
                        .sorted(Map.Entry.comparingByValue()).toList()))
                .onFailure(e -> { }));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
