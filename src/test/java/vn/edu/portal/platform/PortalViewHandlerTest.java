package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/** A console form posts back with the item and filter of its address, and nothing else of it. */
class PortalViewHandlerTest {

    private static HttpServletRequest asked(String query) {
        return (HttpServletRequest) Proxy.newProxyInstance(PortalViewHandlerTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> "getQueryString".equals(m.getName()) ? query : null);
    }

    @Test
    void theItemAndTheFilterAreKeptAndNothingElse() {
        assertEquals("", PortalViewHandler.keptQuery(asked(null)));
        assertEquals("", PortalViewHandler.keptQuery(asked("")));
        assertEquals("?id=42", PortalViewHandler.keptQuery(asked("id=42")));
        assertEquals("?id=42&trang-thai=MOI", PortalViewHandler.keptQuery(asked("publish=7&id=42&x=1&trang-thai=MOI")));
        // Only percent-encoded values travel on (the page then says the item is not found); a raw quote, an empty
        // value or a name alone do not.
        assertEquals("?id=%22%3E", PortalViewHandler.keptQuery(asked("id=%22%3E&publish=7")));
        assertEquals("", PortalViewHandler.keptQuery(asked("id=\"><b>&id&trang-thai=")));
    }
}
