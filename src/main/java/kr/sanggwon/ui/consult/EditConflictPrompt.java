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
import kr.sanggwon.consult.Recomputed;
import kr.sanggwon.consult.Scenario;
import kr.sanggwon.consult.ScenarioSnapshot;

/**
 * What the "someone else saved first" dialog shows: the conflict's message, each field as saved by the other side
 * next to the consultant's own, and what each of the three choices does ({@code resolver} runs it).
 */
public record EditConflictPrompt(String message, List<Row> rows, boolean deleted, Consumer<Choice> resolver) {
    /** Keep mine: save over theirs knowingly. Keep theirs: drop mine. Keep both: save mine as a copy beside theirs. */
    public enum Choice { KEEP_MINE, KEEP_THEIRS, KEEP_BOTH }

    /** One field: its label, the other side's value and the own value ("" when empty). */
    public record Row(String field, String theirs, String mine) {
        public boolean differs() {
            return !theirs.equals(mine);
        }
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
