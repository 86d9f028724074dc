package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    /** The procedures' average handling time read "0.0" on a Vietnamese page. */
    @Test
    void decimalsAreWrittenAsTheLanguageWritesThem() {
        assertEquals("2,5", Formats.decimalOf(2.5, new Locale("vi")));
        assertEquals("2.5", Formats.decimalOf(2.5, Locale.ENGLISH));
        assertEquals("0,0", Formats.decimalOf(0.0, new Locale("vi")));
        assertEquals("", Formats.decimalOf(null, new Locale("vi")));
    }
}
