package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void countersAndGaugesAreWrittenInThePrometheusTextFormat() {
        Metrics metrics = new Metrics();
        metrics.count("portal_submits_total", "Submits", "feature", "admission", "outcome", "accepted");
        metrics.count("portal_submits_total", "Submits", "feature", "admission", "outcome", "accepted");
        metrics.count("portal_submits_total", "Submits", "feature", "procedure", "outcome", "refused");
        metrics.gauge("portal_waiting_room_length", "Tickets waiting", () -> 7);
        metrics.gauge("portal_broken", "A gauge whose source is away", () -> {
            throw new IllegalStateException("away");
        });
        String text = metrics.exposition();
        assertTrue(text.contains("# HELP portal_submits_total Submits\n# TYPE portal_submits_total counter\n"), text);
        assertTrue(text.contains("portal_submits_total{feature=\"admission\",outcome=\"accepted\"} 2\n"), text);
        assertTrue(text.contains("portal_submits_total{feature=\"procedure\",outcome=\"refused\"} 1\n"), text);
        assertTrue(text.contains("# TYPE portal_waiting_room_length gauge\nportal_waiting_room_length 7\n"), text);
        assertTrue(text.contains("portal_broken NaN\n"), text);
        assertEquals(2, metrics.value("portal_submits_total", "feature", "admission", "outcome", "accepted"));
        assertEquals("{a=\"x\\\"y\"}", Metrics.labels("a", "x\"y"));
    }
}
