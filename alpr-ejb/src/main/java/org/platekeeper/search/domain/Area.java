package org.platekeeper.search.domain;

import java.util.List;

/**
 * A place to search in: a circle (centre and radius in metres) or a polygon of latitude/longitude points. Distances
 * use a flat projection around the area, exact enough at the scale of a city.
 */
public sealed interface Area {

    double METRES_PER_DEGREE = 111_320;

    /** Whether the area comes within {@code metres} of the point. */
    boolean within(double latitude, double longitude, double metres);

    record Circle(double latitude, double longitude, double radiusMetres) implements Area {
        public Circle {
            Point.check(latitude, longitude);
            if (!(radiusMetres > 0 && radiusMetres <= 50_000)) {
                throw new IllegalArgumentException("radiusMeters must be more than 0 and at most 50000");
            }
        }

        @Override
        public boolean within(double lat, double lon, double metres) {
            return distance(latitude, longitude, lat, lon) <= radiusMetres + metres;
        }
    }

    record Polygon(List<Point> points) implements Area {
        public Polygon {
            if (points == null || points.size() < 3 || points.size() > 200) {
                throw new IllegalArgumentException("a polygon needs 3 to 200 points");
            }
            points = List.copyOf(points);
        }

        @Override
        public boolean within(double lat, double lon, double metres) {
            if (contains(lat, lon)) {
                return true;
            }
            for (int i = 0; i < points.size(); i++) {
                Point a = points.get(i);
                Point b = points.get((i + 1) % points.size());
                if (distanceToSegment(lat, lon, a, b) <= metres) {
                    return true;
                }
            }
            return false;
        }

        /** Ray casting: an odd number of edges crossed on the way east means inside. */
        public boolean contains(double lat, double lon) {
            boolean inside = false;
            for (int i = 0, j = points.size() - 1; i < points.size(); j = i++) {
                Point a = points.get(i);
                Point b = points.get(j);
                if ((a.latitude() > lat) != (b.latitude() > lat) && lon < (b.longitude() - a.longitude())
                        * (lat - a.latitude()) / (b.latitude() - a.latitude()) + a.longitude()) {
                    inside = !inside;
                }
            }
            return inside;
        }

        private static double distanceToSegment(double lat, double lon, Point a, Point b) {
            double scale = Math.cos(Math.toRadians(lat));
            double ax = (a.longitude() - lon) * scale;
            double ay = a.latitude() - lat;
            double bx = (b.longitude() - lon) * scale;
            double by = b.latitude() - lat;
            double dx = bx - ax;
            double dy = by - ay;
            double length = dx * dx + dy * dy;
            double t = length == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length));
            return Math.hypot(ax + t * dx, ay + t * dy) * METRES_PER_DEGREE;
        }
    }

    record Point(double latitude, double longitude) {
        public Point {
            check(latitude, longitude);
        }

        static void check(double latitude, double longitude) {
            if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
                throw new IllegalArgumentException("latitude must be within ±90 and longitude within ±180");
            }
        }
    }

    static double distance(double lat1, double lon1, double lat2, double lon2) {
        double x = (lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        double y = lat2 - lat1;
        return Math.hypot(x, y) * METRES_PER_DEGREE;
    }
}
