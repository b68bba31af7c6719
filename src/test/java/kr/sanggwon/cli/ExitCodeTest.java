package kr.sanggwon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import kr.sanggwon.consult.ConsultException;
import kr.sanggwon.consult.EditConflictException;
import org.junit.jupiter.api.Test;

/** The exit code of each kind of user error. */
class ExitCodeTest {
    @Test
    void aSaveSomeoneElseBeatExitsWithThreeOtherUserErrorsWithOne() {
        EditConflictException changed = new EditConflictException(EditConflictException.Kind.SCENARIO, 5, null);
        assertThat(MainCommand.exitCode(changed)).isEqualTo(MainCommand.CONFLICT).isEqualTo(3);
        assertThat(MainCommand.exitCode(new ConsultException("consult.error.noScenario", 5))).isEqualTo(MainCommand.USER_ERROR);
    }
}
