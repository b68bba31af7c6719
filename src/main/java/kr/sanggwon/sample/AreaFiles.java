package kr.sanggwon.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.sample.City.District;
import kr.sanggwon.sample.City.Dong;

/** 영역-상권 (CP949 CSV, rows in type blocks A, R, A, D, R, U as published) and 영역-행정동 (the portal's JSON). */
final class AreaFiles {
    private AreaFiles() {
    }

    static void write(City city, Path dir) throws IOException {
        try (OfficialCsv csv = OfficialCsv.seoul(dir.resolve(SampleFiles.AREA_TRDAR))) {
            csv.header(Headers.AREA_TRDAR);
            for (District d : publishedOrder(city.districts())) {
                csv.row(d.type().name(), d.type().label, d.code(), d.name(), d.x(), d.y(), d.gu().code(), d.gu().name(),
                        d.dong().code(), d.dong().name(), d.area());
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(SampleFiles.AREA_ADSTRD), StandardCharsets.UTF_8)) {
            out.write("{\n\"DESCRIPTION\" : {\"ADSTRD_CD\":\"행정동_코드\",\"YDNTS_VALUE\":\"와이좌표_값\",\"XCNTS_VALUE\":\"엑스좌표_값\","
                    + "\"RELM_AR\":\"영역_면적\",\"ADSTRD_NM\":\"행정동_명\"},\n\"DATA\" : [\n");
            List<Dong> dongs = city.dongs();
            for (int i = 0; i < dongs.size(); i++) {
                Dong d = dongs.get(i);
                out.write("{\"adstrd_cd\":\"" + d.code() + "\",\"relm_ar\":" + d.area() + ",\"ydnts_value\":" + d.y()
                        + ",\"xcnts_value\":" + d.x() + ",\"adstrd_nm\":\"" + d.name() + "\"}" + (i + 1 < dongs.size() ? ",\n" : "\n"));
            }
            out.write("]\n}");
        }
    }

    /** The real file comes in blocks A, R, A, D, R, U, not in code order. */
    static List<District> publishedOrder(List<District> districts) {
        List<District> a = districts.stream().filter(d -> d.type() == DistrictType.A).toList();
        List<District> r = districts.stream().filter(d -> d.type() == DistrictType.R).toList();
        List<District> out = new ArrayList<>(a.subList(0, a.size() / 2));
        out.addAll(r.subList(0, r.size() / 2));
        out.addAll(a.subList(a.size() / 2, a.size()));
        out.addAll(districts.stream().filter(d -> d.type() == DistrictType.D).toList());
        out.addAll(r.subList(r.size() / 2, r.size()));
        out.addAll(districts.stream().filter(d -> d.type() == DistrictType.U).toList());
        return out;
    }
}
