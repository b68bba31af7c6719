package kr.sanggwon.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;

/**
 * Writes a synthetic city in the exact formats of the official Seoul 상권분석서비스 and SEMAS files: a fictional
 * city with real industry codes, whose sales depend on floating population, workers, residents, income,
 * facilities and competition, so charts and models have signal. The same options give byte-identical files.
 */
public final class SampleGenerator {

    /** What was written. */
    public record Result(Path folder, List<Path> files, int districts, int dongs, int industries, List<Integer> quarters,
                         long storeListings) {
    }

    public Result generate(Path folder, SampleOptions options, Progress progress) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(options.seed());
        int steps = 6;
        progress.update(0, steps, Messages.get("sample.progress.city"));
        City city = new CityBuilder(random).build(options.districts(), options.quarterCodes());
        People people = new People(city, random);
        progress.checkCancelled();
        progress.update(1, steps, Messages.get("sample.progress.market"));
        Market market = new Market(city, people, random);
        progress.checkCancelled();
        progress.update(2, steps, Messages.get("sample.progress.writing"));
        AreaFiles.write(city, folder);
        PeopleFiles.write(city, people, folder);
        progress.checkCancelled();
        progress.update(3, steps, Messages.get("sample.progress.writing"));
        EconomyFiles.write(city, people, folder);
        progress.checkCancelled();
        progress.update(4, steps, Messages.get("sample.progress.writing"));
        SalesFiles.write(city, market, folder);
        progress.update(5, steps, Messages.get("sample.progress.writing"));
        long listings = SemasFile.write(city, market, folder, random);
        progress.update(steps, steps, Messages.get("sample.progress.done"));
        List<Path> files = new ArrayList<>();
        for (String name : SampleFiles.all(options.lastQuarter())) {
            files.add(folder.resolve(name));
        }
        long industries = market.cells().stream().map(c -> c.industry.code()).distinct().count();
        return new Result(folder, List.copyOf(files), city.districts().size(), city.dongs().size(), (int) industries,
                city.quarters(), listings);
    }
}
