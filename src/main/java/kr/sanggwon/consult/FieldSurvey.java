package kr.sanggwon.consult;

import java.util.List;
import java.util.Locale;

/**
 * 현장 조사: what the consultant saw at the actual storefront of a scenario. Every part is optional (null = not
 * checked); {@code switchedOff} names factors the consultant turned off (kept visible, not applied).
 */
public record FieldSurvey(Double frontageMeters, Integer floor, Visibility visibility, Boolean corner, Parking parking,
                          List<TrafficSample> traffic, List<Competitor> competitors, List<String> switchedOff, String notes) {
    public FieldSurvey {
        traffic = traffic == null ? List.of() : List.copyOf(traffic);
        competitors = competitors == null ? List.of() : List.copyOf(competitors);
        switchedOff = switchedOff == null ? List.of() : List.copyOf(switchedOff);
    }

    /** How well the entrance is seen from the main street. */
    public enum Visibility { CLEAR, PARTIAL, HIDDEN }

    /** Parking for customers. */
    public enum Parking { NONE, NEARBY, OWN }

    /** One timed count of passers-by: start time (HH:mm), minutes counted, people counted. */
    public record TrafficSample(String time, int minutes, int count) {
        public double perHour() {
            return count * 60.0 / minutes;
        }
    }

    /** A same-industry competitor seen on site and its distance in metres. */
    public record Competitor(String name, int distanceMeters) {
    }

    /** Mean passers-by per hour over the samples, or null without samples. */
    public Double trafficPerHour() {
        return traffic.isEmpty() ? null : traffic.stream().mapToDouble(TrafficSample::perHour).average().orElseThrow();
    }

    /** The same survey with a factor turned off or on again. */
    public FieldSurvey withFactor(String factorId, boolean on) {
        List<String> off = new java.util.ArrayList<>(switchedOff);
        off.remove(factorId);
        if (!on) {
            off.add(factorId);
        }
        return new FieldSurvey(frontageMeters, floor, visibility, corner, parking, traffic, competitors, off, notes);
    }

    /** Refuses what cannot have been seen on site; throws {@link ConsultException} naming the first problem. */
    public FieldSurvey validated() {
        if (frontageMeters != null && (frontageMeters <= 0 || frontageMeters > 200 || frontageMeters.isNaN())) {
            throw new ConsultException("consult.survey.error.frontage", frontageMeters);
        }
        if (floor != null && (floor < -5 || floor > 60)) {
            throw new ConsultException("consult.survey.error.floor", floor);
        }
        for (TrafficSample t : traffic) {
            if (t.time() == null || !t.time().matches("([01]\\d|2[0-3]):[0-5]\\d")) {
                throw new ConsultException("consult.survey.error.time", t.time());
            }
            if (t.minutes() <= 0 || t.minutes() > 180 || t.count() < 0) {
                throw new ConsultException("consult.survey.error.sample", t.time(), t.minutes(), t.count());
            }
        }
        for (Competitor c : competitors) {
            if (c.distanceMeters() < 0 || c.distanceMeters() > 5_000) {
                throw new ConsultException("consult.survey.error.distance", c.name(), c.distanceMeters());
            }
        }
        return new FieldSurvey(frontageMeters, floor, visibility, corner, parking, traffic,
                competitors.stream().map(c -> new Competitor(ClientInput.trim(c.name()), c.distanceMeters())).toList(),
                switchedOff.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).distinct().toList(), ClientInput.trim(notes));
    }
}
