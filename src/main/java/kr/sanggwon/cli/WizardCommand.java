package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import kr.sanggwon.common.Messages;
import kr.sanggwon.finance.MoneyInput;
import kr.sanggwon.common.UserException;
import kr.sanggwon.wizard.PlainIndustries;
import kr.sanggwon.wizard.WizardAnswer;
import kr.sanggwon.wizard.WizardQuestion;
import kr.sanggwon.wizard.WizardText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** wizard --what 카페 --where 관악구 --budget 5000만 --rent 250만: the owner's one-page answer, as on the 창업 마법사 screen. */
@Command(name = "wizard", mixinStandardHelpOptions = true, description = "The owner's three questions - what shop, where, with how much - "
        + "answered on one page: best districts with expected sales, break-even check, three main risks, what to ask next.")
final class WizardCommand implements Callable<Integer> {
    @ParentCommand
    MainCommand main;

    @Spec
    CommandSpec spec;

    @Option(names = "--what", required = true, paramLabel = "SHOP", description = "shop in plain words (카페, 치킨집, 미용실, 편의점, …) or a 서비스 업종 code")
    String what;

    @Option(names = "--where", paramLabel = "GU", description = "자치구 name (default: all of Seoul)")
    String where;

    @Option(names = "--district", paramLabel = "CODE", description = "one 상권 (code or name) instead of a 자치구")
    String district;

    @Option(names = "--budget", required = true, paramLabel = "W", description = "money for interior, equipment and 권리금 (without the deposit), e.g. 5000만")
    String budget;

    @Option(names = "--rent", required = true, paramLabel = "W", description = "monthly rent, e.g. 250만")
    String rent;

    @Option(names = "--staff", paramLabel = "N", description = "employees besides the owner (default 0)")
    double staff;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String industry = PlainIndustries.find(what).map(p -> p.code()).orElse(null);
        if (industry == null) {
            try {
                industry = Inputs.industry(main.context(), what);
            } catch (UserException e) {
                PlainIndustries.require(what);
            }
        }
        String districtCode = Inputs.district(main.context(), district);
        WizardQuestion q = new WizardQuestion(industry, where, districtCode, money(budget), money(rent), staff);
        WizardAnswer a = main.context().wizard().answer(q, Messages.locale());
        out.println(WizardText.text(a));
        return MainCommand.OK;
    }

    private static double money(String text) {
        double v = MoneyInput.parse(text);
        if (Double.isNaN(v)) {
            throw new UserException("wizard.error.moneyText", text);
        }
        return v;
    }
}
