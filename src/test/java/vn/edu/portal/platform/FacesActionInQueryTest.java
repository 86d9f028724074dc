package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/** A JSF view state named in a query string is found, however encoded; a broken encoding is no error. */
class FacesActionInQueryTest {

    private static HttpServletRequest withQuery(String query) {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass0(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> method.getName().equals("getQueryString") ? query : null);
    }

    private static ClassLoader getClass0() {
        return FacesActionInQueryTest.class.getClassLoader();
    }

    @Test
    void aViewStateInTheQueryIsFoundPlainOrEncoded() {
        assertTrue(SecurityHeadersFilter.facesActionInQuery(withQuery("jakarta.faces.ViewState=abc")));
        assertTrue(SecurityHeadersFilter.facesActionInQuery(withQuery("jakarta%2Efaces%2EViewState=abc")));
        assertTrue(SecurityHeadersFilter.facesActionInQuery(withQuery("q=%ZZ&jakarta%2efaces%2eviewstate=1")));
    }

    @Test
    void brokenPercentEncodingsAreNotAnError() {
        assertFalse(SecurityHeadersFilter.facesActionInQuery(withQuery("q=%ZZ%E1%BB")));
        assertFalse(SecurityHeadersFilter.facesActionInQuery(withQuery("q=%")));
        assertFalse(SecurityHeadersFilter.facesActionInQuery(withQuery(null)));
        assertFalse(SecurityHeadersFilter.facesActionInQuery(withQuery("q=tr%C6%B0%E1%BB%9Dng")));
    }
}
