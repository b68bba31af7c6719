package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.estimate.EstimateService;
import kr.sanggwon.estimate.Metrics;
import kr.sanggwon.estimate.SelectionText;
import kr.sanggwon.estimate.TrainedModel;
import kr.sanggwon.estimate.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** train: backtest, choose and store the estimate models for the loaded data. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Backtest, choose and store the sales models for the loaded data.")
final class TrainCommand implements Callable<Integer> {
    @ParentCommand
    MainCommand main;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "print as JSON")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr(), "train");
        Trainer.Result r = main.context().estimateService().train(progress);
        progress.end();
        if (json) {
            java.util.List<java.util.Map<String, Object>> models = new java.util.ArrayList<>();
            for (TrainedModel m : r.models()) {
                java.util.Map<String, Object> x = new java.util.LinkedHashMap<>();
                x.put("id", m.id());
                x.put("task", m.task().id());
                x.put("grain", String.valueOf(m.grain().code()));
                x.put("method", m.method());
                x.put("params", m.params());
                x.put("dataVersion", m.dataVersion());
                x.put("lastQuarter", m.lastQuarter());
                x.put("trainRows", m.trainRows());
                x.put("trainMillis", m.trainMillis());
                x.put("trainedAt", m.trainedAt().toString());
                x.put("metrics", m.metrics());
                x.put("selection", m.evaluation() == null ? null : m.evaluation().selection());
                models.add(x);
            }
            // insertion order (Map.of's order changes from one JVM run to the next, #10)
            java.util.Map<String, Object> json = new java.util.LinkedHashMap<>();
            json.put("models", models);
            json.put("evaluations", r.evaluations());
            json.put("millis", r.millis());
            out.println(Json.write(json));
            return MainCommand.OK;
        }
        for (TrainedModel m : r.models()) {
            Metrics x = m.metrics();
            out.println(Messages.get("estimate.cli.trained", Messages.get("estimate.task." + m.task().id()),
                    Messages.get("estimate.grain." + m.grain().code()), EstimateService.methodName(m.method()), m.id(),
                    x == null ? "-" : Formats.percent(x.medianApe()), x == null || Double.isNaN(x.coverage80()) ? "-" : Formats.percent(x.coverage80()),
                    m.trainMillis() / 1000.0));
            if (m.evaluation() != null && m.evaluation().selection() != null) {
                out.println("  " + Messages.get("estimate.cli.selection", SelectionText.line(m.evaluation().selection())));
            }
        }
        out.println(Messages.get("estimate.cli.trainTotal", r.millis() / 1000.0));
        return MainCommand.OK;
    }
}
