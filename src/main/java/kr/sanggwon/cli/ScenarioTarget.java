package kr.sanggwon.cli;

import java.util.function.BiFunction;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.consult.ConsultService;
import kr.sanggwon.consult.Scenario;

/**
 * Where an analysis command saves its result in 상담: a new scenario of a consultation ({@code --save-to-consultation})
 * or an existing scenario ({@code --save-to-scenario}); the case files are unlocked as for the consult commands.
 */
record ScenarioTarget(Long consultation, Long scenario) {

    /** The target the options name, null when neither was given; both at once is refused. */
    static ScenarioTarget of(Long consultation, Long scenario) {
        if (consultation != null && scenario != null) {
            throw new UserException("consult.cli.saveOneTarget");
        }
        return consultation == null && scenario == null ? null : new ScenarioTarget(consultation, scenario);
    }

    /** Unlocks the case files and saves: {@code asNew} into the consultation, or {@code attach} to the scenario. */
    Scenario save(MainCommand main, BiFunction<ConsultService, Long, Scenario> asNew, BiFunction<ConsultService, Long, Scenario> attach) {
        ConsultService consult = CasePassphrase.unlock(main);
        return consultation != null ? asNew.apply(consult, consultation) : attach.apply(consult, scenario);
    }

    static String savedLine(Scenario s, ScenarioTarget t) {
        return Messages.get(t.consultation() != null ? "consult.cli.scenarioSaved" : "consult.cli.attached", s.id(), s.snapshot().title());
    }
}
