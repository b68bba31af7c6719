package kr.sanggwon.digital;

import java.util.List;

/**
 * A programme whose conditions the shop meets: the checklist items it helps with (planned first, then those not used),
 * and {@code olderYear}: its facts are from an earlier year than the plan's, so this year's notice must be checked.
 */
public record ProgrammeMatch(Programme programme, List<DigitalItem> helps, boolean olderYear) {
}
