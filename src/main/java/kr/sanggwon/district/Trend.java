package kr.sanggwon.district;

import java.util.List;

/** A metric over all quarters, oldest first. */
public record Trend(Metric metric, List<Point> points) {
}
