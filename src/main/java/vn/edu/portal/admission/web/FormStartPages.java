package vn.edu.portal.admission.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;
import java.util.regex.Pattern;
import vn.edu.portal.platform.BufferedResponse;
import vn.edu.portal.platform.PageCache;
import vn.edu.portal.platform.PortalClock;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The application form's start page, as a new visitor reads it ({@code GET tuyen-sinh/dang-ky} with
 * no draft), kept for {@link #LIFETIME_MILLIS} per school and language and answered without
 * passing the {@link AdmissionGate}. It is the same for everybody (the round's dates, what to have
 * ready, the "start" button: no token, nothing typed), and it was the page a city's first morning
 * asks for most: rendered behind the gate's few places, the crowd's cheap answers (the waiting page)
 * queued behind its renders (docs/benchmarks.md, "The waiting room under 512 connections"). The
 * gate now guards what costs: every post and every draft. One request renders a copy when it is
 * older than its lifetime, through the gate, while the others are answered with the copy they had;
 * a page that opens or closes with the clock is at most that late, and the posts are refused by
 * the phases on the server whatever a page said. A copy is dropped at once when the school's pages
 * change (the page cache's generation: a round edited) and when the portal's clock jumps (tests).
 */
@ApplicationScoped
public class FormStartPages {

    /** How long a rendered start page is answered before it is rendered again. */
    static final long LIFETIME_MILLIS = 2_000;

    private static final Pattern ONLY_TICKET = Pattern.compile("ve=\\d{1,12}");

    private final ConcurrentHashMap<String, Page> pages = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Boolean> rendering = new ConcurrentHashMap<>();
    private final LongSupplier clock;
    private final LongUnaryOperator generation;

    /** A rendered start page, with the portal's time and the school's page generation it was made at. */
    record Page(byte[] body, String contentType, long madeAt, long generation, String policy) {

        boolean freshAt(long now, long currentGeneration) {
            return generation == currentGeneration && now >= madeAt && now - madeAt < LIFETIME_MILLIS;
        }
    }

    /** What renders the page when no fresh copy exists; true when it was let through the gate. */
    interface Render {
        boolean into(HttpServletResponse response) throws IOException, jakarta.servlet.ServletException;
    }

    @jakarta.inject.Inject
    public FormStartPages(PortalClock clock, PageCache cache) {
        this(() -> clock.now().toEpochMilli(), cache::generation);
    }

    /** For CDI's proxy only. */
    protected FormStartPages() {
        this(System::currentTimeMillis, site -> 0);
    }

    FormStartPages(LongSupplier clock, LongUnaryOperator generation) {
        this.clock = clock;
        this.generation = generation;
    }

    /**
     * Whether the request is a new visitor's read of the start page: a GET with no query, or with
     * only the ticket the waiting page gave (ve=…). A draft's token, a step or anything else is not.
     */
    static boolean isStart(HttpServletRequest request) {
        String query = request.getQueryString();
        return "GET".equals(request.getMethod()) && (query == null || query.isEmpty() || ONLY_TICKET.matcher(query).matches());
    }

    /**
     * Answers the start page of {@code site}: from the copy when it is fresh, or when another request
     * is rendering it; otherwise through {@code render} (which passes the gate), keeping what a
     * render answered with 200.
     */
    void answer(SiteInfo site, HttpServletRequest request, HttpServletResponse response, Render render)
            throws IOException, jakarta.servlet.ServletException {
        String key = site.id() + "|" + PortalViewHandler.localeOf(request).getLanguage();
        Page copy = pages.get(key);
        long now = clock.getAsLong();
        long current = generation.applyAsLong(site.id());
        boolean fresh = copy != null && copy.freshAt(now, current);
        // A copy past its lifetime is still answered while another request renders the next one;
        // one made before the school's pages changed, or at another time of the clock, never is.
        boolean usable = fresh || copy != null && copy.generation() == current && now >= copy.madeAt()
                && now - copy.madeAt() < 5 * LIFETIME_MILLIS;
        if (fresh || usable && rendering.putIfAbsent(key, Boolean.TRUE) != null) {
            send(copy, response);
            return;
        }
        boolean claimed = usable; // without a usable copy, every request renders (the first seconds only)
        try {
            BufferedResponse buffered = new BufferedResponse(response);
            boolean rendered = render.into(buffered);
            if (rendered && buffered.status() == HttpServletResponse.SC_OK && buffered.getContentType() != null) {
                Page page = new Page(buffered.body(), buffered.getContentType(), now, current,
                        response.getHeader(vn.edu.portal.platform.SecurityHeadersFilter.POLICY));
                pages.put(key, page);
                send(page, response);
            } else {
                response.getOutputStream().write(buffered.body());
            }
        } finally {
            if (claimed) {
                rendering.remove(key);
            }
        }
    }

    private static void send(Page page, HttpServletResponse response) throws IOException {
        response.setContentType(page.contentType()); // Cache-Control as every admission page: no-store (AdmissionRoutes)
        if (page.policy() != null) {
            response.setHeader(vn.edu.portal.platform.SecurityHeadersFilter.POLICY, page.policy()); // its inline style's hash
        }
        response.getOutputStream().write(page.body());
    }

    /** Forgets every copy (tests; a changed round shows within the lifetime anyway). */
    void clear() {
        pages.clear();
    }
}
