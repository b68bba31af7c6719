package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import kr.sanggwon.bench.HeapWatch;
import kr.sanggwon.estimate.EstimateService;
import kr.sanggwon.estimate.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * bench train: trains the estimate models on the loaded data and prints training time, peak heap and the latency of
 * one estimate (p50/p95): {@code bench train}.
 */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Benchmark: model training time, peak heap, one-estimate latency p50/p95.")
final class BenchTrainCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Option(names = "--estimates", defaultValue = "300", description = "number of timed estimates (default 300)")
    int estimates;

    @Option(names = "--estimates-only", description = "time estimates with the stored models, without training")
    boolean estimatesOnly;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        EstimateService service = bench.main.context().estimateService();
        service.warmUp();
        if (!estimatesOnly) {
            System.gc();
            HeapWatch heap = new HeapWatch();
            long t0 = System.nanoTime();
            long cpu0 = cpuMillis();
            TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr(), "train");
            Trainer.Result r = service.train(progress);
            progress.end();
            double trainSeconds = (System.nanoTime() - t0) / 1e9;
            long cpuMillis = cpuMillis() - cpu0;
            heap.stop();
            out.printf("train: %.1f s wall, %.1f s CPU of this process (%d models), peak heap in use %.0f MB (sum of pool peaks %.0f MB,"
                    + " max heap %.0f MB)%n", trainSeconds, cpuMillis / 1000.0, r.models().size(), heap.peak() / 1048576.0,
                    heap.poolPeak() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
            for (kr.sanggwon.estimate.TrainedModel m : r.models()) {
                out.printf("  %s/%s: %s, %.1f s (backtest + final fit)%n", m.task().id(), m.grain().code(), m.method(), m.trainMillis() / 1000.0);
            }
            long w0 = System.nanoTime();
            service.warmUp();
            out.printf("warm-up after training (reference rows of every industry): %.1f s%n", (System.nanoTime() - w0) / 1e9);
        }
        List<EstimateService.DistrictChoice> districts = service.districts();
        List<String> industries = new ArrayList<>(service.industries().keySet());
        Random random = new Random(1);
        for (int i = 0; i < 20; i++) {
            estimateOnce(service, districts, industries, random);
        }
        double[] ms = new double[estimates];
        double[] cpu = new double[estimates];
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < estimates; i++) {
            long s = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            estimateOnce(service, districts, industries, random);
            ms[i] = (System.nanoTime() - s) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        out.printf("estimate: p50 %.2f ms, p95 %.2f ms, max %.2f ms over %d estimates (%d districts, %d industries)%n",
                ms[ms.length / 2], ms[(int) Math.floor(ms.length * 0.95)], ms[ms.length - 1], estimates, districts.size(), industries.size());
        out.printf("estimate CPU time of the calling thread: p50 %.2f ms, p95 %.2f ms%n", cpu[cpu.length / 2],
                cpu[(int) Math.floor(cpu.length * 0.95)]);
        return MainCommand.OK;
    }

    private static long cpuMillis() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime() / 1_000_000;
        }
        return -1;
    }

    private static void estimateOnce(EstimateService service, List<EstimateService.DistrictChoice> districts, List<String> industries,
                                     Random random) {
        EstimateService.DistrictChoice d = districts.get(random.nextInt(districts.size()));
        service.estimate(d.code(), industries.get(random.nextInt(industries.size())));
    }
}
