package kr.sanggwon.ui.consult;

import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.consult.ConsultException;
import kr.sanggwon.consult.FieldSurvey;

/**
 * The 현장 조사 form as typed. Foot-traffic counts one per line as "12:00 10 85" (start, minutes, people); competitors
 * one per line as "카페봄 40" (name, then metres). {@link #toSurvey} refuses a line it cannot read, naming it.
 */
record SurveyForm(String frontage, String floor, FieldSurvey.Visibility visibility, boolean corner, FieldSurvey.Parking parking,
                  String traffic, String competitors, String notes) {

    FieldSurvey toSurvey(List<String> switchedOff) {
        return new FieldSurvey(decimal(frontage), floor(floor), visibility, corner, parking, samples(traffic), competitors(competitors),
                switchedOff, notes);
    }

    static String trafficText(List<FieldSurvey.TrafficSample> samples) {
        return String.join("\n", samples.stream().map(t -> t.time() + " " + t.minutes() + " " + t.count()).toList());
    }

    static String competitorText(List<FieldSurvey.Competitor> list) {
        return String.join("\n", list.stream().map(c -> (c.name() == null ? "" : c.name() + " ") + c.distanceMeters()).toList());
    }

    private static Double decimal(String text) {
        String t = text == null ? "" : text.replace(",", ".").replace("m", "").strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new ConsultException("consult.survey.error.frontage", text);
        }
    }

    /** "1", "2층", "B1", "지하1" → 1, 2, -1, -1. */
    private static Integer floor(String text) {
        String t = text == null ? "" : text.replace("층", "").strip().toUpperCase(java.util.Locale.ROOT);
        if (t.isEmpty()) {
            return null;
        }
        boolean basement = t.startsWith("B") || t.startsWith("지하");
        t = t.replace("B", "").replace("지하", "").strip();
        try {
            int n = Integer.parseInt(t.isEmpty() ? "1" : t);
            return basement ? -n : n;
        } catch (NumberFormatException e) {
            throw new ConsultException("consult.survey.error.floor", text);
        }
    }

    private static List<FieldSurvey.TrafficSample> samples(String text) {
        List<FieldSurvey.TrafficSample> out = new ArrayList<>();
        for (String line : lines(text)) {
            String[] p = line.split("[\\s/]+");
            try {
                if (p.length == 3) {
                    out.add(new FieldSurvey.TrafficSample(p[0], Integer.parseInt(p[1].replace("분", "")), Integer.parseInt(p[2].replace("명", ""))));
                    continue;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new ConsultException("consult.survey.error.trafficLine", line);
        }
        return out;
    }

    private static List<FieldSurvey.Competitor> competitors(String text) {
        List<FieldSurvey.Competitor> out = new ArrayList<>();
        for (String line : lines(text)) {
            int cut = line.lastIndexOf(' ');
            String metres = (cut < 0 ? line : line.substring(cut + 1)).replace("m", "").replace("M", "").strip();
            try {
                out.add(new FieldSurvey.Competitor(cut < 0 ? null : line.substring(0, cut).strip(), Integer.parseInt(metres)));
            } catch (NumberFormatException e) {
                throw new ConsultException("consult.survey.error.competitorLine", line);
            }
        }
        return out;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
