package kr.sanggwon.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kr.sanggwon.common.Quarter;

/**
 * A large 추정매출-상권 file in the official layout (CP949, every field quoted, LF, no final newline) for the import
 * benchmark: quarters × 상권 × industries, with the same sums and mixes as the sample city.
 */
public final class SalesBenchFile {
    private static final int INDUSTRIES = 100;
    private static final int DISTRICTS = 1_000;

    private SalesBenchFile() {
    }

    /** Writes {@code rows} data rows (rounded up to whole 상권 × 업종 blocks of a quarter) and returns how many. */
    public static long write(Path file, long rows, long seed) throws IOException {
        Random random = new Random(seed);
        List<String> codes = new ArrayList<>(ServiceIndustries.all().keySet());
        List<IndustryProfile> profiles = IndustryProfiles.all();
        long written = 0;
        int quarter = 20_191;
        try (OfficialCsv csv = OfficialCsv.seoul(file)) {
            csv.header(Headers.SALES_T);
            while (written < rows) {
                for (int d = 0; d < DISTRICTS && written < rows; d++) {
                    String code = String.valueOf(3_110_001 + d);
                    for (int i = 0; i < INDUSTRIES && written < rows; i++) {
                        IndustryProfile p = profiles.get(i % profiles.size());
                        long amount = Math.round(p.baseSales() * Math.exp(random.nextGaussian() * 0.8));
                        long count = Math.max(1, amount / p.ticket());
                        SalesRow row = SalesRow.of(amount, count, new double[] {1, 1, 1, 1, 1.05, p.weekend(), p.weekend()},
                                p.time(), p.female(), p.age(), 0.72 + random.nextDouble() * 0.27, random);
                        Object[] fields = new Object[55];
                        fields[0] = String.valueOf(quarter);
                        fields[1] = "A";
                        fields[2] = "골목상권";
                        fields[3] = code;
                        fields[4] = "벤치상권" + d;
                        fields[5] = codes.get(i);
                        fields[6] = ServiceIndustries.name(codes.get(i));
                        fields[7] = row.amounts()[0];
                        fields[8] = row.counts()[0];
                        for (int k = 1; k < SalesRow.WIDTH; k++) {
                            fields[8 + k] = row.amounts()[k];
                            fields[31 + k] = row.counts()[k];
                        }
                        csv.row(fields);
                        written++;
                    }
                }
                quarter = Quarter.plus(quarter, 1);
            }
        }
        return written;
    }
}
