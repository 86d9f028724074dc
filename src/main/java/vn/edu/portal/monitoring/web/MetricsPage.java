package vn.edu.portal.monitoring.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.edu.portal.monitoring.PortalFigures;
import vn.edu.portal.platform.MetricNames;

/** The department's live figures ({@code /admin/so-lieu}): the same figures as {@code /metrics}, polled every 5 seconds. */
@Named
@RequestScoped
public class MetricsPage {

    /** One line of the table: an element id, the label's message key and the value as shown. */
    public record Row(String id, String label, String value) {
        public String getId() {
            return id;
        }

        public String getLabel() {
            return label;
        }

        public String getValue() {
            return value;
        }
    }

    @Inject
    PortalFigures figures;

    public List<Row> getRows() {
        List<Row> rows = new ArrayList<>();
        add(rows, "admission-accepted", "metrics.submits.admissionAccepted", MetricNames.SUBMITS, "feature", "admission", "outcome", "accepted");
        add(rows, "admission-refused", "metrics.submits.admissionRefused", MetricNames.SUBMITS, "feature", "admission", "outcome", "refused");
        add(rows, "admission-failed", "metrics.submits.admissionFailed", MetricNames.SUBMITS, "feature", "admission", "outcome", "failed");
        add(rows, "procedure-accepted", "metrics.submits.procedureAccepted", MetricNames.SUBMITS, "feature", "procedure", "outcome", "accepted");
        add(rows, "procedure-refused", "metrics.submits.procedureRefused", MetricNames.SUBMITS, "feature", "procedure", "outcome", "refused");
        add(rows, "waiting-length", "metrics.waiting.length", "portal_waiting_room_length");
        add(rows, "waiting-busy", "metrics.waiting.busy", "portal_waiting_room_busy");
        add(rows, "waiting-capacity", "metrics.waiting.capacity", "portal_waiting_room_capacity");
        add(rows, "waiting-rate", "metrics.waiting.rate", "portal_waiting_room_admitted_per_second");
        add(rows, "waiting-admitted", "metrics.waiting.admitted", MetricNames.GATE, "outcome", "admitted");
        add(rows, "waiting-waited", "metrics.waiting.waited", MetricNames.GATE, "outcome", "waiting");
        rows.add(new Row("lookups", "metrics.lookups.counted", format(figures.lookups("counted"))));
        rows.add(new Row("lookups-throttled", "metrics.lookups.throttled", format(figures.lookups("throttled"))));
        add(rows, "cache-hits", "metrics.cache.hits", "portal_page_cache_total", "result", "hit");
        add(rows, "cache-misses", "metrics.cache.misses", "portal_page_cache_total", "result", "miss");
        add(rows, "mail-queue", "metrics.mail.queue", "portal_mail_queue_length");
        add(rows, "db-used", "metrics.db.used", PortalFigures.DB_POOL, "pool", PortalFigures.MAIN_POOL, "state", "used");
        add(rows, "db-free", "metrics.db.free", PortalFigures.DB_POOL, "pool", PortalFigures.MAIN_POOL, "state", "free");
        return rows;
    }

    private void add(List<Row> rows, String id, String label, String name, String... labels) {
        rows.add(new Row(id, label, format(figures.value(name, labels))));
    }

    private static String format(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi-VN"));
        f.setMaximumFractionDigits(1);
        return f.format(v);
    }
}
