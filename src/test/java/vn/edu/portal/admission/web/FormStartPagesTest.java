package vn.edu.portal.admission.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.edu.portal.tenant.CurrentSite;
import vn.edu.portal.tenant.SiteInfo;
import vn.edu.portal.tenant.SiteKind;
import vn.edu.portal.tenant.web.PublicSite;

/**
 * The form's start page for new visitors: only a plain GET (or one with the waiting page's ticket)
 * is the start; a copy is answered for its lifetime without a render, per school and language; a
 * render the gate refused (the waiting page) is never kept.
 */
class FormStartPagesTest {

    private static SiteInfo site(long id) {
        return new SiteInfo(id, SiteKind.SCHOOL, "s" + id, "Trường", null, null, null, null, null, null, null, null,
                "default", null, 0, List.of());
    }

    private static HttpServletRequest request(String method, String query, String lang) {
        return request(method, query, lang, "so.edu.vn", "/s/s1/");
    }

    /** A request on {@code host} (its Host header) routed to a school whose links start with {@code base}. */
    private static HttpServletRequest request(String method, String query, String lang, String host, String base) {
        return request(method, query, lang, host, base, null);
    }

    /** The same, from a client that sends {@code acceptEncoding} (a phone's browser: "gzip, deflate, br"). */
    private static HttpServletRequest request(String method, String query, String lang, String host, String base,
            String acceptEncoding) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(CurrentSite.ATTRIBUTE, new CurrentSite(null, base));
        return (HttpServletRequest) Proxy.newProxyInstance(FormStartPagesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getHeader" -> "Host".equalsIgnoreCase((String) args[0]) ? host
                            : "Accept-Encoding".equalsIgnoreCase((String) args[0]) ? acceptEncoding : null;
                    case "getQueryString" -> query;
                    case "setAttribute" -> attributes.put((String) args[0], args[1]) == null ? null : null;
                    case "removeAttribute" -> attributes.remove((String) args[0]) == null ? null : null;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "getCookies" -> lang == null ? null : new Cookie[] {new Cookie("lang", lang)};
                    default -> null;
                });
    }

    /** A response that keeps its status, headers, type and body. */
    private static final class Answer {
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        final Map<String, String> headers = new HashMap<>();
        int status = 200;
        String type;
        final HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                FormStartPagesTest.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "setStatus" -> { status = (Integer) args[0]; yield null; }
                    case "setHeader" -> { headers.put((String) args[0], (String) args[1]); yield null; }
                    case "getHeader" -> headers.get((String) args[0]);
                    case "setContentType" -> { type = (String) args[0]; yield null; }
                    case "getContentType" -> type;
                    case "getOutputStream" -> new ServletOutputStream() {
                        @Override public void write(int b) { body.write(b); }
                        @Override public boolean isReady() { return true; }
                        @Override public void setWriteListener(WriteListener listener) { }
                    };
                    default -> null;
                });

        String text() {
            return body.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void onlyAPlainReadIsTheStart() {
        assertTrue(FormStartPages.isStart(request("GET", null, null)));
        assertTrue(FormStartPages.isStart(request("GET", "ve=42", null)), "back from the waiting page with its ticket");
        assertFalse(FormStartPages.isStart(request("GET", "t=abc", null)), "a draft");
        assertFalse(FormStartPages.isStart(request("GET", "ve=42&t=abc", null)), "a draft after waiting");
        assertFalse(FormStartPages.isStart(request("GET", "step=2", null)));
        assertFalse(FormStartPages.isStart(request("POST", null, null)), "a post is never answered from a copy");
        assertFalse(FormStartPages.isStart(request("HEAD", null, null)));
    }

    @Test
    void aCopyIsAnsweredForItsLifetimeThenRenderedAgain() throws Exception {
        AtomicLong now = new AtomicLong(1_000_000);
        AtomicLong generation = new AtomicLong(7);
        FormStartPages pages = new FormStartPages(now::get, site -> generation.get());
        AtomicInteger renders = new AtomicInteger();
        FormStartPages.Render render = into -> {
            into.setContentType("text/html;charset=UTF-8");
            into.setHeader("Content-Security-Policy", "style-src 'self' 'sha256-trang" + (renders.get() + 1) + "';");
            into.getOutputStream().write(("trang " + renders.incrementAndGet()).getBytes(StandardCharsets.UTF_8));
            return true;
        };
        Answer first = new Answer();
        pages.answer(site(1), request("GET", null, null), first.response, render);
        assertEquals("trang 1", first.text());
        now.addAndGet(FormStartPages.LIFETIME_MILLIS - 1);
        Answer second = new Answer();
        pages.answer(site(1), request("GET", null, null), second.response, render);
        assertEquals("trang 1", second.text(), "within its lifetime: the copy, no render");
        assertEquals("text/html;charset=UTF-8", second.type);
        assertEquals("style-src 'self' 'sha256-trang1';", second.headers.get("Content-Security-Policy"),
                "the copy's policy names its inline style sheet");
        Answer english = new Answer();
        pages.answer(site(1), request("GET", null, "en"), english.response, render);
        assertEquals("trang 2", english.text(), "each language has its own copy");
        Answer otherSchool = new Answer();
        pages.answer(site(2), request("GET", null, null), otherSchool.response, render);
        assertEquals("trang 3", otherSchool.text(), "each school has its own copy");
        now.addAndGet(1);
        Answer later = new Answer();
        pages.answer(site(1), request("GET", null, null), later.response, render);
        assertEquals("trang 4", later.text(), "past its lifetime: rendered again");
        generation.incrementAndGet();
        Answer changed = new Answer();
        pages.answer(site(1), request("GET", null, null), changed.response, render);
        assertEquals("trang 5", changed.text(), "the school's pages changed (a round edited): rendered again at once");
        now.addAndGet(-86_400_000L);
        Answer clockBack = new Answer();
        pages.answer(site(1), request("GET", null, null), clockBack.response, render);
        assertEquals("trang 6", clockBack.text(), "the portal's clock moved back (tests): a copy from its future is not used");
        assertEquals(6, renders.get());
    }

    @Test
    void theWaitingPageIsNeverKept() throws Exception {
        FormStartPages pages = new FormStartPages(() -> 5_000, site -> 0);
        AtomicInteger calls = new AtomicInteger();
        FormStartPages.Render gateFull = into -> {
            calls.incrementAndGet();
            into.setStatus(503);
            into.setContentType("text/html;charset=UTF-8");
            into.getOutputStream().write("xin chờ".getBytes(StandardCharsets.UTF_8));
            return false;
        };
        Answer waiting = new Answer();
        pages.answer(site(1), request("GET", null, null), waiting.response, gateFull);
        assertEquals(503, waiting.status);
        assertEquals("xin chờ", waiting.text());
        Answer again = new Answer();
        pages.answer(site(1), request("GET", null, null), again.response, gateFull);
        assertEquals(2, calls.get(), "no copy of a waiting page: the next visitor goes to the gate again");
    }

    @Test
    void aPageWithAHoleIsKeptCutAndEachAnswerIsFilledIntoTheCopy() throws Exception {
        AtomicLong now = new AtomicLong(1_000_000);
        FormStartPages pages = new FormStartPages(now::get, site -> 0);
        AtomicInteger renders = new AtomicInteger();
        String hole = "<!--answer-0123abcd-->";
        HttpServletRequest request = request("POST", "t=token-of-the-first", null);
        FormStartPages.Render page = into -> {
            assertEquals(Boolean.TRUE, request.getAttribute(PublicSite.SHARED_COPY), "the render knows its page is shared");
            into.setContentType("text/html;charset=UTF-8");
            into.getOutputStream().write(("<main>kết quả " + renders.incrementAndGet() + " " + hole + " danh sách</main>")
                    .getBytes(StandardCharsets.UTF_8));
            return true;
        };
        Answer first = new Answer();
        pages.answer("1|ket-qua|vi|null", 1, request, first.response, page, hole, "<form>A</form>".getBytes(StandardCharsets.UTF_8));
        assertEquals("<main>kết quả 1 <form>A</form> danh sách</main>", first.text(), "the first answer, rendered, filled");
        Answer second = new Answer();
        pages.answer("1|ket-qua|vi|null", 1, request, second.response, page, hole, "<form>B</form>".getBytes(StandardCharsets.UTF_8));
        assertEquals("<main>kết quả 1 <form>B</form> danh sách</main>", second.text(),
                "another family's answer in the same copy, without a render; nothing of the first");
        assertEquals(1, renders.get());
        assertNull(request.getAttribute(PublicSite.SHARED_COPY), "only while the copy renders");
        Answer none = new Answer();
        pages.answer("2|ket-qua|vi|null", 2, request, none.response, into -> {
            into.setContentType("text/html;charset=UTF-8");
            into.getOutputStream().write("<main>không có đợt tuyển sinh</main>".getBytes(StandardCharsets.UTF_8));
            return true;
        }, hole, "<form>C</form>".getBytes(StandardCharsets.UTF_8));
        assertEquals("<main>không có đợt tuyển sinh</main>", none.text(), "a page without the hole shows no answer");
    }

    /**
     * A phone asks for gzip or brotli: the copy's fixed parts were compressed once when it was kept,
     * and each answer compresses only the family's part, which inflates in its place; a client that
     * takes no coding gets the page as it is. (Each look-up compressed the whole page: half of the
     * look-ups a phone could make.)
     */
    @Test
    void aPhoneGetsTheCopyCompressedOnceWithItsOwnPartInIt() throws Exception {
        FormStartPages pages = new FormStartPages(new AtomicLong(1_000_000)::get, site -> 0);
        String hole = "<!--answer-0123abcd-->";
        String around = "<p>Danh sách trúng tuyển của trường, các mốc thời gian và hướng dẫn cho cha mẹ.</p>".repeat(40);
        FormStartPages.Render page = into -> {
            into.setContentType("text/html;charset=UTF-8");
            into.getOutputStream().write(("<main>" + around + hole + around + "</main>").getBytes(StandardCharsets.UTF_8));
            return true;
        };
        HttpServletRequest phone = request("POST", null, null, "so.edu.vn", "/s/s1/", "gzip, deflate, br");
        for (String family : new String[] {"<form>A</form>", "<form>B · Nguyễn V. B</form>"}) {
            Answer answer = new Answer();
            pages.answer("1|ket-qua|vi|null", 1, phone, answer.response, page, hole, family.getBytes(StandardCharsets.UTF_8));
            assertEquals("gzip", answer.headers.get("Content-Encoding"), "gzip beside a family's part, whatever else is accepted");
            assertEquals("Accept-Encoding", answer.headers.get("Vary"));
            byte[] sent = answer.body.toByteArray();
            assertTrue(sent.length < around.length() / 4, "compressed: " + sent.length);
            assertEquals("<main>" + around + family + around + "</main>",
                    new String(vn.edu.portal.platform.Compression.gunzip(sent), StandardCharsets.UTF_8));
        }
        Answer plain = new Answer();
        pages.answer("1|ket-qua|vi|null", 1, request("POST", null, null), plain.response, page, hole,
                "<form>C</form>".getBytes(StandardCharsets.UTF_8));
        assertNull(plain.headers.get("Content-Encoding"));
        assertEquals("<main>" + around + "<form>C</form>" + around + "</main>", plain.text());
        Answer start = new Answer();
        pages.answer(site(1), request("GET", null, null, "so.edu.vn", "/s/s1/", "gzip"), start.response, page);
        assertEquals("gzip", start.headers.get("Content-Encoding"), "a page without its hole is compressed once whole");
        assertEquals("<main>" + around + hole + around + "</main>",
                new String(vn.edu.portal.platform.Compression.gunzip(start.body.toByteArray()), StandardCharsets.UTF_8));
    }

    /**
     * A school is read on the department's host under /s/<slug>/ and on its own host under /: a copy
     * holds the links of the one it was rendered for, so each has its own (defect: one copy for both
     * sent the visitors of the other address to a form address that answers 404).
     */
    @Test
    void eachHostAndBaseHasItsOwnCopy() throws Exception {
        FormStartPages pages = new FormStartPages(() -> 1_000_000, site -> 0);
        AtomicInteger renders = new AtomicInteger();
        Map<String, String> bases = new HashMap<>();
        FormStartPages.Render render = into -> {
            renders.incrementAndGet();
            into.setContentType("text/html;charset=UTF-8");
            into.getOutputStream().write(("<form action=\"" + bases.get("now") + "tuyen-sinh/dang-ky\">").getBytes(StandardCharsets.UTF_8));
            return true;
        };
        bases.put("now", "/s/s1/");
        Answer department = new Answer();
        pages.answer(site(1), request("GET", null, null, "so.edu.vn", "/s/s1/"), department.response, render);
        bases.put("now", "/");
        Answer own = new Answer();
        pages.answer(site(1), request("GET", null, null, "s1.so.edu.vn", "/"), own.response, render);
        assertEquals("<form action=\"/tuyen-sinh/dang-ky\">", own.text(), "the school's own host: its own links");
        Answer again = new Answer();
        pages.answer(site(1), request("GET", null, null, "so.edu.vn", "/s/s1/"), again.response, render);
        assertEquals("<form action=\"/s/s1/tuyen-sinh/dang-ky\">", again.text(), "the department's host: the copy made there");
        assertEquals(2, renders.get());
    }

    /** The results page is kept per year asked for (?nam=, 100 values): the copies kept are bounded, the stale ones dropped. */
    @Test
    void theCopiesKeptAreBounded() throws Exception {
        AtomicLong now = new AtomicLong(1_000_000);
        FormStartPages pages = new FormStartPages(now::get, site -> 0);
        String hole = "<!--answer-x-->";
        FormStartPages.Render render = into -> {
            into.setContentType("text/html;charset=UTF-8");
            into.getOutputStream().write(("<main>" + hole + "</main>").getBytes(StandardCharsets.UTF_8));
            return true;
        };
        for (int i = 0; i < FormStartPages.MAX_PAGES + 50; i++) {
            Answer a = new Answer();
            pages.answer("1|ket-qua|vi|" + i, 1, request("POST", null, null), a.response, render, hole,
                    "<p>A</p>".getBytes(StandardCharsets.UTF_8));
            assertEquals("<main><p>A</p></main>", a.text(), "answered whether kept or not");
        }
        assertEquals(FormStartPages.MAX_PAGES, pages.kept());
        now.addAndGet(5 * FormStartPages.LIFETIME_MILLIS);
        pages.answer("1|ket-qua|vi|new", 1, request("POST", null, null), new Answer().response, render, hole, new byte[0]);
        assertEquals(1, pages.kept(), "the copies past their use are dropped when the limit is reached");
    }
}
