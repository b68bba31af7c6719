package kr.sanggwon.ui.consult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.Client;
import kr.sanggwon.consult.ClientInput;
import kr.sanggwon.consult.Consultation;
import kr.sanggwon.consult.ConsultationInput;
import kr.sanggwon.consult.EditConflictException;
import kr.sanggwon.consult.FieldSurvey;
import kr.sanggwon.consult.Recomputed;
import kr.sanggwon.consult.Scenario;
import kr.sanggwon.consult.ScenarioSnapshot;
import kr.sanggwon.consult.Versioned;
import kr.sanggwon.digital.Adoption;
import kr.sanggwon.digital.DigitalCheckup;
import kr.sanggwon.digital.DigitalItem;

/**
 * What the "someone else saved first" dialog shows: the conflict's message, each field as saved by the other side
 * next to the consultant's own, and what each of the three choices does ({@code resolver} runs it).
 */
public record EditConflictPrompt(String message, List<Row> rows, boolean deleted, boolean copyable, Consumer<Choice> resolver) {
    /**
     * Keep mine: save over theirs knowingly. Keep theirs: drop mine. Keep both: save mine as a copy beside theirs
     * (only when {@code copyable}: a scenario's one 현장 조사 or 디지털 진단 has no place for a second copy).
     */
    public enum Choice { KEEP_MINE, KEEP_THEIRS, KEEP_BOTH }

    /** One field: its label, the other side's value and the own value ("" when empty). */
    public record Row(String field, String theirs, String mine) {
        public boolean differs() {
            return !theirs.equals(mine);
        }
    }

    public EditConflictPrompt(String message, List<Row> rows, boolean deleted, Consumer<Choice> resolver) {
        this(message, rows, deleted, true, resolver);
    }

    public EditConflictPrompt {
        rows = List.copyOf(rows);
    }

    public void choose(Choice c) {
        resolver.accept(c);
    }

    static EditConflictPrompt client(EditConflictException e, ClientInput mine, Consumer<Choice> resolver) {
        Client t = (Client) e.theirs();
        List<Row> rows = new ArrayList<>();
        row(rows, "consult.field.name", t == null ? null : t.name(), mine.name());
        row(rows, "consult.field.phone", t == null ? null : t.phone(), mine.phone());
        row(rows, "consult.field.email", t == null ? null : t.email(), mine.email());
        row(rows, "consult.field.idea", t == null ? null : t.idea(), mine.idea());
        row(rows, "consult.field.industry", t == null ? null : t.industry(), mine.industry());
        row(rows, "consult.field.budget", t == null ? null : money(t.budget()), money(mine.budget()));
        row(rows, "consult.field.target", t == null ? null : t.targetCustomers(), mine.targetCustomers());
        row(rows, "consult.field.notes", t == null ? null : t.notes(), mine.notes());
        return new EditConflictPrompt(e.localized(), rows, e.deleted(), resolver);
    }

    static EditConflictPrompt consultation(EditConflictException e, ConsultationInput mine, Consumer<Choice> resolver) {
        Consultation t = (Consultation) e.theirs();
        List<Row> rows = new ArrayList<>();
        row(rows, "consult.field.date", t == null ? null : date(t.heldOn()), date(mine.heldOn()));
        row(rows, "consult.field.place", t == null ? null : t.place(), mine.place());
        row(rows, "consult.field.consultationNotes", t == null ? null : t.notes(), mine.notes());
        row(rows, "consult.field.nextSteps", t == null ? null : t.nextSteps(), mine.nextSteps());
        row(rows, "consult.field.followUp", t == null ? null : date(t.followUpOn()), date(mine.followUpOn()));
        return new EditConflictPrompt(e.localized(), rows, e.deleted(), resolver);
    }

    static EditConflictPrompt scenario(EditConflictException e, ScenarioSnapshot mine, Consumer<Choice> resolver) {
        Scenario t = (Scenario) e.theirs();
        ScenarioSnapshot ts = t == null ? null : t.snapshot();
        List<Row> rows = new ArrayList<>();
        row(rows, "consult.conflict.field.title", ts == null ? null : ts.title(), mine.title());
        row(rows, "consult.conflict.field.monthly", ts == null ? null : monthly(ts), monthly(mine));
        row(rows, "consult.conflict.field.dataVersion", ts == null ? null : String.valueOf(ts.dataVersion()), String.valueOf(mine.dataVersion()));
        row(rows, "consult.conflict.field.attachments", ts == null ? null : attachments(ts), attachments(mine));
        return new EditConflictPrompt(e.localized(), rows, e.deleted(), resolver);
    }

    static EditConflictPrompt survey(EditConflictException e, FieldSurvey mine, Consumer<Choice> resolver) {
        FieldSurvey t = e.theirs() instanceof Versioned<?> v ? (FieldSurvey) v.value() : null;
        List<Row> rows = new ArrayList<>();
        row(rows, "consult.survey.field.frontage", t == null ? null : number(t.frontageMeters()), number(mine.frontageMeters()));
        row(rows, "consult.survey.field.floor", t == null ? null : number(t.floor()), number(mine.floor()));
        row(rows, "consult.survey.field.visibility", t == null ? null : choice("consult.survey.visibility.", t.visibility()),
                choice("consult.survey.visibility.", mine.visibility()));
        row(rows, "consult.survey.field.corner", t == null ? null : yes(t.corner()), yes(mine.corner()));
        row(rows, "consult.survey.field.parking", t == null ? null : choice("consult.survey.parking.", t.parking()),
                choice("consult.survey.parking.", mine.parking()));
        row(rows, "consult.survey.field.traffic", t == null ? null : traffic(t), traffic(mine));
        row(rows, "consult.survey.field.competitors", t == null ? null : competitors(t), competitors(mine));
        row(rows, "consult.survey.field.notes", t == null ? null : t.notes(), mine.notes());
        return new EditConflictPrompt(e.localized(), rows, e.deleted(), false, resolver);
    }

    static EditConflictPrompt digital(EditConflictException e, DigitalCheckup mine, Consumer<Choice> resolver) {
        DigitalCheckup t = e.theirs() instanceof Versioned<?> v ? (DigitalCheckup) v.value() : null;
        List<Row> rows = new ArrayList<>();
        for (DigitalItem item : DigitalItem.values()) {
            rows.add(new Row(Messages.get("consult.digital.item." + item.id()), t == null ? "" : adoption(t.state(item)),
                    adoption(mine.state(item))));
        }
        row(rows, "consult.digital.field.rent", t == null ? null : Formats.money(Math.round(t.rent())), Formats.money(Math.round(mine.rent())));
        row(rows, "consult.digital.field.maintenance", t == null ? null : Formats.money(Math.round(t.maintenance())),
                Formats.money(Math.round(mine.maintenance())));
        row(rows, "consult.digital.field.staff", t == null ? null : Formats.number(t.staff(), 1), Formats.number(mine.staff(), 1));
        row(rows, "consult.digital.field.investment", t == null ? null : Formats.money(Math.round(t.investment())),
                Formats.money(Math.round(mine.investment())));
        return new EditConflictPrompt(e.localized(), rows, e.deleted(), false, resolver);
    }

    private static String number(Number n) {
        return n == null ? null : n.toString();
    }

    private static String choice(String prefix, Enum<?> e) {
        return e == null ? null : Messages.get(prefix + e.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static String yes(Boolean b) {
        return b == null ? null : Messages.get(b ? "consult.conflict.yes" : "consult.conflict.no");
    }

    private static String adoption(Adoption a) {
        return Messages.get("consult.digital.adoption." + a.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static String traffic(FieldSurvey s) {
        return s.traffic().isEmpty() ? null : String.join(", ", s.traffic().stream()
                .map(t -> t.time() + " " + t.minutes() + " " + t.count()).toList());
    }

    private static String competitors(FieldSurvey s) {
        return s.competitors().isEmpty() ? null : String.join(", ", s.competitors().stream()
                .map(c -> c.name() + " " + c.distanceMeters()).toList());
    }

    private static void row(List<Row> rows, String key, String theirs, String mine) {
        rows.add(new Row(Messages.get(key), theirs == null ? "" : theirs, mine == null ? "" : mine));
    }

    private static String money(Long won) {
        return won == null ? null : Formats.money(won);
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String monthly(ScenarioSnapshot s) {
        double m = Recomputed.monthly(s.estimate());
        return Double.isNaN(m) ? null : Formats.money(Math.round(m));
    }

    private static String attachments(ScenarioSnapshot s) {
        List<String> parts = new ArrayList<>();
        if (s.finance() != null) {
            parts.add(Messages.get("consult.conflict.field.finance"));
        }
        if (s.recommend() != null) {
            parts.add(Messages.get("consult.conflict.field.recommend"));
        }
        int n = s.attachments() == null ? 0 : s.attachments().size();
        if (n > 0) {
            parts.add(Messages.get("consult.conflict.field.attachmentCount", n));
        }
        return parts.isEmpty() ? null : String.join(", ", parts.stream().filter(Objects::nonNull).toList());
    }
}
