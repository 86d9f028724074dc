package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    /** An article of one photo is not empty (it was refused as "Nội dung bài viết đang trống"); spaces and scripts are. */
    @Test
    void aPictureIsContentAndWhatIsDroppedIsNot() {
        assertFalse(HtmlSanitizer.showsNothing("<p><img src=\"/files/m/1/a.jpg\" alt=\"Lễ khai giảng\"></p>"));
        assertFalse(HtmlSanitizer.showsNothing("<p>Trường</p>"));
        assertTrue(HtmlSanitizer.showsNothing("<p>&nbsp; </p><p><br></p>"));
        assertTrue(HtmlSanitizer.showsNothing("<script>alert(1)</script><iframe src=\"https://x.example\"></iframe>"));
        assertTrue(HtmlSanitizer.showsNothing(null));
    }
}
