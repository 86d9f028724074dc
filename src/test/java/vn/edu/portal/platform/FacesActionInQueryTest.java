package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The check for a JSF view state in a GET query string reads queries a browser would never send
 * (a broken percent-encoding such as {@code %ZZ}) without failing: such a request once answered 500
 * on every public page.
 */
class FacesActionInQueryTest {

    private static boolean inQuery(String query) {
        return SecurityHeadersFilter.facesActionInQuery(query);
    }

    @Test
    void brokenEncodingsAreReadNotThrown() {
        assertFalse(inQuery("q=%ZZ"));
        assertFalse(inQuery("lang=%ZZ&x=%"));
        assertFalse(inQuery("q=%C3%28%E1%BB"));
        assertFalse(inQuery(null));
    }

    @Test
    void aViewStateIsFoundHoweverItIsWritten() {
        assertTrue(inQuery("jakarta.faces.ViewState=1"));
        assertTrue(inQuery("jakarta%2Efaces%2EViewState=1&q=%ZZ"));
        assertTrue(inQuery("a=%&jakarta.faces.ViewState=x"));
    }
}
