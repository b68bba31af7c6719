package kr.sanggwon.search;

import java.nio.file.Path;
import java.util.Arrays;
import kr.sanggwon.AppContext;

/** Prints search and map-query timings on a data folder: run after `mvn package`, see docs/BENCHMARKS.md. */
public final class SearchBench {
    private SearchBench() {
    }

    public static void main(String[] a) throws Exception {
        try (AppContext app = AppContext.open(Path.of(a[0]))) {
            long t0 = System.nanoTime();
            DistrictSearch s = app.districtCatalog().search();
            long load = System.nanoTime() - t0;
            String[] qs = {"ㅅ", "ㅅㄹ", "신림", "강남구", "골목상권", "ㄱㄴ ㄱㅁ", "3120", "역"};
            long[] t = new long[2000];
            for (int i = 0; i < t.length; i++) {
                long b = System.nanoTime();
                s.search(qs[i % qs.length], 5000);
                t[i] = System.nanoTime() - b;
            }
            long[] w = Arrays.copyOfRange(t, 400, t.length);
            Arrays.sort(w);
            System.out.printf("entries=%d catalogLoadMs=%.1f p50Ms=%.3f p95Ms=%.3f maxMs=%.3f%n", s.size(), load / 1e6,
                    w[w.length / 2] / 1e6, w[(int) (w.length * 0.95)] / 1e6, w[w.length - 1] / 1e6);
            t0 = System.nanoTime();
            for (int rep = 0; rep < 4; rep++) for (var m : MapMetric.values()) {
                long b = System.nanoTime();
                var v = app.mapMetrics().load(m);
                System.out.printf("metric %s n=%d ms=%.1f%n", m, v.numbers().size() + v.categories().size(), (System.nanoTime() - b) / 1e6);
            }
            long b = System.nanoTime();
            int n = app.districtShapes().loadLevel('T').size();
            System.out.printf("shapes n=%d ms=%.1f%n", n, (System.nanoTime() - b) / 1e6);
        }
    }
}
