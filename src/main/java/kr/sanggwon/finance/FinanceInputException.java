package kr.sanggwon.finance;

import java.util.List;
import java.util.stream.Collectors;
import kr.sanggwon.common.UserException;

/** The plan's inputs are wrong: every problem, each pointing at its field. */
public final class FinanceInputException extends UserException {
    private final transient List<Problem> problems;

    public FinanceInputException(List<Problem> problems) {
        super("finance.error.invalid", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public String localized() {
        return super.localized() + System.lineSeparator()
                + problems.stream().map(p -> "  - " + p.localized()).collect(Collectors.joining(System.lineSeparator()));
    }
}
