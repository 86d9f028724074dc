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
import vn.edu.portal.platform.Compression;
import vn.edu.portal.platform.PageCache;
import vn.edu.portal.platform.PortalClock;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.platform.SplicedGzip;
import vn.edu.portal.tenant.SiteInfo;
import vn.edu.portal.tenant.web.PublicSite;

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
 * The results page is kept the same way, cut where a family's look-up and answer go
 * ({@link AdmissionResultLookup}), and so is the page around a receipt ({@link ReceiptHtml}): each
 * look-up or receipt is answered by filling its part into the copy. A copy is rendered without the
 * query of the request that renders it ({@link PublicSite#SHARED_COPY}): no ticket or draft token
 * of one family is written into a page others receive.
 */
@ApplicationScoped
public class FormStartPages {

    /** How long a rendered start page is answered before it is rendered again. */
    static final long LIFETIME_MILLIS = 2_000;

    /** Where a family's part goes in a copy kept with a hole: a comment no page content can guess. */
    static final String HOLE = "<!--answer-" + java.util.UUID.randomUUID() + "-->";

    /**
     * The most copies kept at once. Copies older than their usable life are dropped when this is
     * reached; past it a page is answered but not kept (a key holds what a request chose: its host
     * and, on the results page, the year).
     */
    static final int MAX_PAGES = 1_024;

    private static final Pattern ONLY_TICKET = Pattern.compile("ve=\\d{1,12}");

    private final ConcurrentHashMap<String, Page> pages = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Boolean> rendering = new ConcurrentHashMap<>();
    private final LongSupplier clock;
    private final LongUnaryOperator generation;

    /**
     * A rendered start page, with the portal's time and the school's page generation it was made at;
     * once kept, with its parts compressed ({@code gzip}; {@code brotli} for a page without a hole),
     * so that a phone's request compresses only its own part.
     */
    record Page(byte[] body, byte[] after, String contentType, long madeAt, long generation, String policy,
                SplicedGzip gzip, byte[] brotli) {

        /** The rendered bytes, cut at the first {@code hole} when there is one ({@code after} null otherwise). */
        static Page cut(byte[] rendered, String hole, String contentType, long madeAt, long generation, String policy) {
            int at = hole == null ? -1 : indexOf(rendered, hole.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return at < 0 ? new Page(rendered, null, contentType, madeAt, generation, policy, null, null)
                    : new Page(java.util.Arrays.copyOfRange(rendered, 0, at),
                            java.util.Arrays.copyOfRange(rendered, at + hole.length(), rendered.length), contentType, madeAt,
                            generation, policy, null, null);
        }

        /** This page with its fixed parts compressed (as the page cache does: gzip 6, brotli 5), if it is worth it. */
        Page compressed() {
            int length = body.length + (after == null ? 0 : after.length);
            if (length < Compression.MIN_BYTES || !Compression.compressible(contentType)) {
                return this;
            }
            return new Page(body, after, contentType, madeAt, generation, policy, SplicedGzip.of(body, after, 6),
                    after == null ? Compression.brotli(body, 5) : null);
        }

        private static int indexOf(byte[] bytes, byte[] part) {
            outer:
            for (int i = 0; i <= bytes.length - part.length; i++) {
                for (int j = 0; j < part.length; j++) {
                    if (bytes[i + j] != part[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

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
        // A link shared on Zalo or Facebook comes back tagged for each reader: still the start page.
        String query = vn.edu.portal.tenant.web.PageQueries.withoutSharingTags(request.getQueryString());
        return "GET".equals(request.getMethod()) && (query == null || query.isEmpty() || ONLY_TICKET.matcher(query).matches());
    }

    /**
     * Answers the start page of {@code site}: from the copy when it is fresh, or when another request
     * is rendering it; otherwise through {@code render} (which passes the gate), keeping what a
     * render answered with 200.
     */
    void answer(SiteInfo site, HttpServletRequest request, HttpServletResponse response, Render render)
            throws IOException, jakarta.servlet.ServletException {
        answer(site.id() + "|" + PortalViewHandler.localeOf(request).getLanguage(), site.id(), request, response, render, null, null);
    }

    /**
     * Answers the page kept under {@code key} (a page of school {@code siteId}), as above; with a
     * {@code hole}, the page is kept cut where the render wrote that mark, and {@code fill} is sent
     * in its place: one family's part of a page otherwise the same for all (the results look-up).
     */
    void answer(String key, long siteId, HttpServletRequest request, HttpServletResponse response, Render render, String hole,
            byte[] fill) throws IOException, jakarta.servlet.ServletException {
        // A copy holds the links and addresses of the host and base it was rendered for (a school on the
        // department's host under /s/<slug>/, or on its own host under /): kept apart for each.
        key = copyKey(request, key);
        Page copy = pages.get(key);
        long now = clock.getAsLong();
        long current = generation.applyAsLong(siteId);
        boolean fresh = copy != null && copy.freshAt(now, current);
        // A copy past its lifetime is still answered while another request renders the next one;
        // one made before the school's pages changed, or at another time of the clock, never is.
        boolean usable = fresh || copy != null && copy.generation() == current && now >= copy.madeAt()
                && now - copy.madeAt() < 5 * LIFETIME_MILLIS;
        if (fresh || usable && rendering.putIfAbsent(key, Boolean.TRUE) != null) {
            send(copy, fill, request, response);
            return;
        }
        boolean claimed = usable; // without a usable copy, every request renders (the first seconds only)
        try {
            BufferedResponse buffered = new BufferedResponse(response);
            boolean rendered;
            // Nothing of this request's address (a ticket, a draft's token) goes into a page answered to others.
            request.setAttribute(PublicSite.SHARED_COPY, Boolean.TRUE);
            try {
                rendered = render.into(buffered);
            } finally {
                request.removeAttribute(PublicSite.SHARED_COPY);
            }
            Page page = Page.cut(buffered.body(), hole, buffered.getContentType(), now, current,
                    response.getHeader(vn.edu.portal.platform.SecurityHeadersFilter.POLICY));
            if (rendered && buffered.status() == HttpServletResponse.SC_OK && buffered.getContentType() != null) {
                page = page.compressed();
                keep(key, page);
                send(page, fill, request, response);
            } else {
                write(page, fill, response);
            }
        } finally {
            if (claimed) {
                rendering.remove(key);
            }
        }
    }

    /** The key of {@code key}'s copy for the request's host and link base. */
    static String copyKey(HttpServletRequest request, String key) {
        // The host exactly as sent: the copy writes it into its addresses (a copy for "LOCALHOST" is not one for "localhost").
        String host = String.valueOf(request.getHeader("Host"));
        vn.edu.portal.tenant.CurrentSite current = vn.edu.portal.tenant.CurrentSite.of(request);
        return host + "|" + (current == null ? "/" : current.base()) + "|" + key;
    }

    /** Keeps {@code page}, within {@link #MAX_PAGES}. */
    private void keep(String key, Page page) {
        if (pages.size() >= MAX_PAGES && !pages.containsKey(key)) {
            long now = page.madeAt();
            pages.values().removeIf(p -> now < p.madeAt() || now - p.madeAt() >= 5 * LIFETIME_MILLIS);
            if (pages.size() >= MAX_PAGES) {
                return;
            }
        }
        pages.put(key, page);
    }

    /** How many copies are kept (tests). */
    int kept() {
        return pages.size();
    }

    private static void send(Page page, byte[] fill, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(page.contentType()); // Cache-Control as every admission page: no-store (AdmissionRoutes)
        if (page.policy() != null) {
            response.setHeader(vn.edu.portal.platform.SecurityHeadersFilter.POLICY, page.policy()); // its inline style's hash
        }
        Compression.Coding coding = page.gzip() == null ? Compression.Coding.IDENTITY
                : Compression.choose(request.getHeader("Accept-Encoding"), true, page.brotli() != null);
        if (coding == Compression.Coding.IDENTITY) {
            write(page, fill, response);
            return;
        }
        // Sent as it is (CompressedBody.sendOnce leaves a body with its coding alone).
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader("Content-Encoding", coding.token());
        response.getOutputStream().write(coding == Compression.Coding.BROTLI ? page.brotli() : page.gzip().with(fill));
    }

    private static void write(Page page, byte[] fill, HttpServletResponse response) throws IOException {
        var out = response.getOutputStream();
        out.write(page.body());
        if (page.after() != null) {
            out.write(fill == null ? new byte[0] : fill);
            out.write(page.after());
        }
    }

    /** Forgets every copy (tests; a changed round shows within the lifetime anyway). */
    void clear() {
        pages.clear();
    }
}
