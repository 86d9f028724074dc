package vn.edu.portal.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionalGetTest {

    private static final String ETAG = "\"abcDEF_-0123456789abcd\"";
    /** Sun, 06 Nov 1994 08:49:37.400 GMT: the fraction must not defeat If-Modified-Since. */
    private static final Instant MODIFIED = Instant.parse("1994-11-06T08:49:37.400Z");

    /** A request with the given method and headers (several values per name allowed). */
    private static HttpServletRequest request(String method, String... headerPairs) {
        Map<String, List<String>> headers = new HashMap<>();
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.computeIfAbsent(headerPairs[i].toLowerCase(), k -> new ArrayList<>()).add(headerPairs[i + 1]);
        }
        return (HttpServletRequest) Proxy.newProxyInstance(ConditionalGetTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getHeader" -> headers.getOrDefault(((String) args[0]).toLowerCase(), List.of()).stream()
                            .findFirst().orElse(null);
                    case "getHeaders" -> Collections.enumeration(
                            headers.getOrDefault(((String) args[0]).toLowerCase(), List.of()));
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    /** Records headers and status. */
    private static final class Response {
        final Map<String, String> headers = new HashMap<>();
        Integer status;
        final HttpServletResponse proxy = (HttpServletResponse) Proxy.newProxyInstance(
                ConditionalGetTest.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (p, m, args) -> {
                    switch (m.getName()) {
                        case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "setStatus" -> status = (Integer) args[0];
                        default -> throw new UnsupportedOperationException(m.getName());
                    }
                    return null;
                });
    }

    private static boolean notModified(HttpServletRequest request, Response response) {
        return ConditionalGet.notModified(request, response.proxy, ETAG, MODIFIED);
    }

    @Test
    void setsValidatorsAndCachingOnEveryAnswer() {
        Response response = new Response();
        assertFalse(notModified(request("GET"), response));
        assertNull(response.status);
        assertEquals(ETAG, response.headers.get("ETag"));
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", response.headers.get("Last-Modified"));
        assertEquals("public, max-age=60", response.headers.get("Cache-Control"));
    }

    @Test
    void matchingIfNoneMatchAnswers304() {
        Response response = new Response();
        assertTrue(notModified(request("GET", "If-None-Match", ETAG), response));
        assertEquals(304, response.status);
        assertEquals(ETAG, response.headers.get("ETag"));
    }

    @Test
    void ifNoneMatchComparesWeaklyAndReadsLists() {
        assertTrue(notModified(request("GET", "If-None-Match", "W/" + ETAG), new Response()));
        assertTrue(notModified(request("GET", "If-None-Match", "\"x,y\", W/\"other\",  " + ETAG), new Response()));
        assertTrue(notModified(request("GET", "If-None-Match", "\"other\"", "If-None-Match", ETAG), new Response()));
        assertTrue(notModified(request("HEAD", "If-None-Match", "*"), new Response()));
        assertFalse(notModified(request("GET", "If-None-Match", "\"other\", W/\"abcDEF\""), new Response()));
    }

    @Test
    void ifNoneMatchWinsOverIfModifiedSince() {
        Response response = new Response();
        assertFalse(notModified(request("GET", "If-None-Match", "\"other\"",
                "If-Modified-Since", "Sun, 06 Nov 1994 08:49:37 GMT"), response));
        assertNull(response.status);
    }

    @Test
    void ifModifiedSinceAtOrAfterLastModifiedAnswers304() {
        assertTrue(notModified(request("GET", "If-Modified-Since", "Sun, 06 Nov 1994 08:49:37 GMT"), new Response()));
        assertTrue(notModified(request("GET", "If-Modified-Since", "Mon, 07 Nov 1994 00:00:00 GMT"), new Response()));
        assertFalse(notModified(request("GET", "If-Modified-Since", "Sun, 06 Nov 1994 08:49:36 GMT"), new Response()));
        assertFalse(notModified(request("GET", "If-Modified-Since", "not a date"), new Response()));
    }

    /** RFC 9110, 13.1.3: a date later than the server's clock is not a valid If-Modified-Since. */
    @Test
    void ifModifiedSinceInTheFutureIsIgnored() {
        assertFalse(notModified(request("GET", "If-Modified-Since", "Thu, 01 Jan 2099 00:00:00 GMT"), new Response()));
    }

    @Test
    void obsoleteDateFormsAreUnderstood() {
        Instant expected = Instant.parse("1994-11-06T08:49:37Z");
        assertEquals(expected, ConditionalGet.parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT"));
        assertEquals(expected, ConditionalGet.parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT"));
        assertEquals(expected, ConditionalGet.parseHttpDate("Sun Nov  6 08:49:37 1994"));
        assertNull(ConditionalGet.parseHttpDate(""));
    }

    @Test
    void onlyGetAndHeadAreAnsweredWith304() {
        Response response = new Response();
        assertFalse(notModified(request("POST", "If-None-Match", ETAG), response));
        assertNull(response.status);
    }

    @Test
    void anEmptyFeedSendsNoLastModified() {
        Response response = new Response();
        assertFalse(ConditionalGet.notModified(request("GET", "If-Modified-Since", "Sun, 06 Nov 1994 08:49:37 GMT"),
                response.proxy, ETAG, Instant.EPOCH));
        assertNull(response.headers.get("Last-Modified"));
    }
}
