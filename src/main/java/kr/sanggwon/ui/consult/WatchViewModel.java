package kr.sanggwon.ui.consult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.consult.Client;
import kr.sanggwon.consult.WatchFinding;
import kr.sanggwon.consult.WatchList;
import kr.sanggwon.consult.Watched;
import kr.sanggwon.district.DistrictInfo;
import kr.sanggwon.search.DistrictEntry;
import kr.sanggwon.search.DistrictSearch;
import kr.sanggwon.ui.district.IndustryOption;
import kr.sanggwon.ui.task.BackgroundTask;

/**
 * State of 관심 목록 in 상담: the chosen client's watched districts and industries (add with the same district search as
 * 상권 찾기, industry picker, note; remove), the client's notable moves, and "연락할 곳" — every client's notable
 * moves, ready for a follow-up call. Reloads when 상담 opens, the client changes or new data arrives.
 */
final class WatchViewModel {
    private final ConsultViewModel consult;
    private final ObservableList<Watched> entries = FXCollections.observableArrayList();
    private final ObservableList<WatchFinding> clientMoves = FXCollections.observableArrayList();
    private final ObservableList<WatchFinding> contacts = FXCollections.observableArrayList();
    private final ObservableList<DistrictEntry> districts = FXCollections.observableArrayList();
    private final ObservableList<IndustryOption> industries = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<DistrictEntry> district = new SimpleObjectProperty<>(this, "district");
    private final StringProperty industry = new SimpleStringProperty(this, "industry");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final Notice notice = new Notice();
    private DistrictSearch search = new DistrictSearch(List.of());
    private long choicesVersion = -1;

    WatchViewModel(ConsultViewModel consult) {
        this.consult = consult;
        consult.clientProperty().addListener((o, a, b) -> {
            notice.clear();
            reloadClient();
        });
        consult.phaseProperty().addListener((o, a, b) -> opened());
        consult.context().dataVersionProperty().addListener((o, a, b) -> {
            notice.clear();   // a note about the last add or refusal no longer applies to the new data
            opened();
        });
        consult.listsReloaded().addListener((o, a, b) -> opened());   // shown again: entries may come from 상권 현황
        query.addListener((o, a, b) -> filter());
        opened();
    }

    private WatchList watch() {
        return consult.context().app().consult().watchList();
    }

    /** Loads the lists when 상담 is open, forgets them when it locks. */
    private void opened() {
        if (consult.phaseProperty().get() != ConsultViewModel.Phase.OPEN) {
            entries.clear();
            clientMoves.clear();
            contacts.clear();
            return;
        }
        loadChoices();
        reloadContacts();
        reloadClient();
    }

    void reloadContacts() {
        run(() -> watch().findings(null), contacts::setAll);
    }

    void reloadClient() {
        Client c = consult.clientProperty().get();
        if (c == null) {
            entries.clear();
            clientMoves.clear();
            return;
        }
        run(() -> new ClientLists(watch().list(c.id()), watch().findings(c.id())), l -> {
            if (consult.clientProperty().get() == c) {   // not a client chosen meanwhile
                entries.setAll(l.entries());
                clientMoves.setAll(l.moves());
            }
        });
    }

    private record ClientLists(List<Watched> entries, List<WatchFinding> moves) {
    }

    /** Every 상권 and 행정동 (searched like 상권 찾기) and every industry with "all industries" first; once per data version. */
    private void loadChoices() {
        long version = consult.context().dataVersion();
        if (version == choicesVersion && !industries.isEmpty()) {
            return;
        }
        choicesVersion = version;
        run(() -> new Choices(entries(consult.context().app().codeResolver().allDistricts()),
                consult.context().app().reference().industries()), c -> {
            search = new DistrictSearch(c.districts());
            List<IndustryOption> fresh = IndustryOption.list(c.industries(), true);
            if (!fresh.equals(industries)) {
                // the picker loses its value when its items are replaced: choose the same industry again afterwards
                String keep = industry.get();
                industries.setAll(fresh);
                industry.set(null);
                industry.set(keep);
            }
            filter();
        });
    }

    private record Choices(List<DistrictEntry> districts, Map<String, String> industries) {
    }

    /** Search entries of both grains; a 행정동 is typed as such so the list tells the two apart. */
    static List<DistrictEntry> entries(List<DistrictInfo> all) {
        List<DistrictEntry> out = new ArrayList<>(all.size());
        for (DistrictInfo d : all) {
            String type = d.isDong() ? Messages.get("consult.watch.dong") : d.typeName();
            out.add(new DistrictEntry(d.code(), d.name(), d.typeCode(), type, d.guName(), d.isDong() ? d.name() : d.dongName(), null, null));
        }
        return out;
    }

    private void filter() {
        DistrictEntry keep = district.get();
        districts.setAll(search.search(query.get(), Integer.MAX_VALUE).stream().map(h -> h.entry()).toList());
        if (keep != null && districts.contains(keep)) {
            district.set(keep);
        }
    }

    /** Adds the chosen district and industry to the chosen client's list. */
    void add() {
        Client c = consult.clientProperty().get();
        DistrictEntry d = district.get();
        if (c == null) {
            notice.refuse(Messages.get("consult.ui.pickClientFirst"));
            return;
        }
        if (d == null) {
            notice.refuse(Messages.get("consult.watch.error.district"));
            return;
        }
        String ind = industry.get();
        String text = note.get();
        run(() -> watch().add(c.id(), d.code(), ind, text), w -> {
            notice.ok(Messages.get("consult.watch.ui.added", w.place()));
            note.set("");
            reloadClient();
            reloadContacts();
        });
    }

    void remove(Watched w) {
        if (w == null) {
            return;
        }
        run(() -> {
            watch().remove(w.watch().id());
            return w;
        }, gone -> {
            notice.ok(Messages.get("consult.watch.ui.removed", gone.place()));
            reloadClient();
            reloadContacts();
        });
    }

    /** Opens the client of a "연락할 곳" row in the forms below. */
    void openContact(WatchFinding f) {
        if (f == null) {
            return;
        }
        long id = f.watched().watch().clientId();
        Client shown = consult.clientProperty().get();
        if (shown != null && shown.id() == id) {
            return;
        }
        run(() -> consult.context().app().consult().client(id), consult::selectClient);
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        consult.context().tasks().execute(BackgroundTask.of(work).onSuccess(done).onFailure(this::failed));
    }

    private void failed(Throwable e) {
        if (e instanceof UserException ue) {
            notice.refuse(ue.localized());
        } else {
            consult.context().dialogs().showError(e);
        }
    }

    ObservableList<Watched> entries() {
        return entries;
    }

    ObservableList<WatchFinding> clientMoves() {
        return clientMoves;
    }

    ObservableList<WatchFinding> contacts() {
        return contacts;
    }

    ObservableList<DistrictEntry> districts() {
        return districts;
    }

    ObservableList<IndustryOption> industries() {
        return industries;
    }

    StringProperty queryProperty() {
        return query;
    }

    ObjectProperty<DistrictEntry> districtProperty() {
        return district;
    }

    StringProperty industryProperty() {
        return industry;
    }

    StringProperty noteProperty() {
        return note;
    }

    StringProperty messageProperty() {
        return notice.textProperty();
    }

    /** True while the message is a refusal (something to fix), false for a confirmation. */
    javafx.beans.property.ReadOnlyBooleanProperty refusedProperty() {
        return notice.refusedProperty();
    }
}
