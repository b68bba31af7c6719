package kr.sanggwon.consult;

import java.time.LocalDate;

/** What the consultant records for a consultation; {@link #validated()} refuses impossible dates. */
public record ConsultationInput(LocalDate heldOn, String place, String notes, String nextSteps, LocalDate followUpOn) {

    public ConsultationInput validated() {
        if (heldOn == null) {
            throw new ConsultException("consult.error.dateRequired");
        }
        if (followUpOn != null && followUpOn.isBefore(heldOn)) {
            throw new ConsultException("consult.error.followUpBefore", ConsultDates.format(followUpOn), ConsultDates.format(heldOn));
        }
        return new ConsultationInput(heldOn, ClientInput.trim(place), ClientInput.trim(notes), ClientInput.trim(nextSteps), followUpOn);
    }
}
