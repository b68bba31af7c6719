package kr.sanggwon.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak heap of a benchmark phase: samples the heap in use every 20 ms (what was live at one moment, plus garbage
 * not yet collected) and reads the GC pools' own peaks (reset at the start).
 */
public final class HeapWatch {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "heap-watch");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong peak = new AtomicLong();

    public HeapWatch() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        timer.scheduleAtFixedRate(() -> peak.accumulateAndGet(
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max), 0, 20, TimeUnit.MILLISECONDS);
    }

    public void stop() {
        timer.shutdownNow();
    }

    /** Highest heap in use at one sampled moment. */
    public long peak() {
        return peak.get();
    }

    /** Sum of each heap pool's own peak: an upper bound, as the pools peak at different moments. */
    public long poolPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
