package vn.edu.portal.admission.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.sql.DataSource;
import vn.edu.portal.admission.DatabaseLine;
import vn.edu.portal.admission.WaitingRoom;
import vn.edu.portal.platform.DatabaseMigration;
import vn.edu.portal.platform.PortalConfig;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.platform.Texts;

/**
 * The door of the application form ({@code tuyen-sinh/dang-ky}). Beyond
 * {@code portal.admission.gate.concurrent} requests at once (by default two per processor), a new visitor gets a small waiting
 * page (no JSF; a statement or two on the shared line: it stays cheap when the server is busiest) with his place in line
 * and an estimate, which reloads itself with his ticket (and the draft's token it was asked with);
 * a client asking for JSON gets 429 with Retry-After. A parent in the middle of the form (a post,
 * or the GET of a draft a post was answered with) waits up to 10 seconds for a place before
 * being told the same.
 */
@ApplicationScoped
public class AdmissionGate {

    static final long POST_WAIT_MILLIS = 10_000;

    @Inject
    PortalConfig config;

    @Resource(lookup = DatabaseMigration.DIRECT_DATA_SOURCE)
    DataSource dataSource;

    @Inject
    vn.edu.portal.platform.Metrics metrics;

    private WaitingRoom room;
    private java.util.concurrent.atomic.LongAdder admitted;
    private java.util.concurrent.atomic.LongAdder waited;

    @PostConstruct
    void init() {
        room = new WaitingRoom(config.getInt("portal.admission.gate.concurrent", defaultPlaces()), System::currentTimeMillis,
                1000L * config.getLong("portal.admission.gate.ticket-seconds", 3 * WaitingRoom.MAX_RETRY_SECONDS),
                new DatabaseLine(dataSource, "admission-form"));
        admitted = metrics.counter(vn.edu.portal.platform.MetricNames.GATE, vn.edu.portal.platform.MetricNames.GATE_HELP,
                "outcome", "admitted");
        waited = metrics.counter(vn.edu.portal.platform.MetricNames.GATE, vn.edu.portal.platform.MetricNames.GATE_HELP,
                "outcome", "waiting");
    }

    /** The room of this server (its places) and of every server (its line): for the metrics. */
    public WaitingRoom room() {
        return room;
    }

    /**
     * Two renders of the form per processor: a render is nearly all processor time, so more at once
     * only makes each slower, and the cheap answers (the waiting page, every other page) then wait
     * for a processor behind them (measured: docs/benchmarks.md, "The waiting room under 512 connections").
     */
    static int defaultPlaces() {
        return Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
    }

    public static boolean guards(String rest) {
        return rest.equals(AdmissionRoutes.PREFIX + "/dang-ky");
    }

    /** True when the request may go on (then {@link #leave()} must follow); otherwise the answer is written. */
    public boolean enter(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // From the address only: a post's body is not parsed before the post is let in.
        String typed = vn.edu.portal.forms.FormRequest.fromQuery(request, "ve");
        long ticket = typed != null && typed.matches("\\d{1,12}") ? Long.parseLong(typed) : 0;
        boolean post = "POST".equals(request.getMethod());
        // A parent in the middle of the form (a post, or the page a post was answered with: it names
        // the draft) waits for a place; a new visitor is answered at once.
        boolean continuing = post || vn.edu.portal.forms.FormRequest.fromQuery(request, "t") != null;
        WaitingRoom.Decision decision = room.enter(ticket, continuing ? POST_WAIT_MILLIS : 0);
        if (decision.admitted()) {
            admitted.increment();
            return true;
        }
        waited.increment();
        long retry = Math.min(WaitingRoom.MAX_RETRY_SECONDS, Math.max(2, decision.estimateSeconds()));
        response.setHeader("Retry-After", String.valueOf(retry));
        response.setHeader("Cache-Control", "no-store");
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("application/json") && !accept.contains("text/html")) {
            response.setStatus(429);
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(("{\"waiting\":true,\"ticket\":" + decision.ticket() + ",\"position\":"
                    + decision.position() + ",\"estimateSeconds\":" + decision.estimateSeconds() + "}")
                    .getBytes(StandardCharsets.UTF_8));
            return false;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(page(request, decision, retry, post).getBytes(StandardCharsets.UTF_8));
        return false;
    }

    public void leave() {
        room.leave();
    }

    private static String page(HttpServletRequest request, WaitingRoom.Decision d, long refresh, boolean post) {
        Locale locale = PortalViewHandler.localeOf(request);
        // The address asked for, with its query (a draft's token) kept, and the ticket.
        String query = request.getQueryString() == null ? "" : request.getQueryString().replaceAll("(^|&)ve=[^&]*", "");
        query = query.startsWith("&") ? query.substring(1) : query;
        String again = request.getRequestURI() + "?" + (query.isEmpty() ? "" : query + "&") + "ve=" + d.ticket();
        String title = Texts.get(locale, "admission.wait.title");
        String body = Texts.get(locale, "admission.wait.position", d.position(), d.estimateSeconds());
        String note = Texts.get(locale, post ? "admission.wait.post" : "admission.wait.note");
        return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + (post ? "" : "<meta http-equiv=\"refresh\" content=\"" + refresh + ";url=" + escape(again) + "\">")
                + "<title>" + escape(title) + "</title><link rel=\"stylesheet\" href=\"" + request.getContextPath()
                + "/static/css/error.css\"></head><body><main class=\"error-page\"><h1>" + escape(title) + "</h1>"
                + "<p class=\"wait-position\" id=\"position\">" + escape(body) + "</p><p>" + escape(note) + "</p>"
                + (post ? "" : "<p><a href=\"" + escape(again) + "\">" + escape(Texts.get(locale, "admission.wait.now"))
                + "</a></p>") + "</main></body></html>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
