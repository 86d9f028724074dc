package vn.edu.portal.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A file name typed by a parent is only ever a label: no path, no control characters, no markup. */
class FileNamesTest {

    @Test
    void pathsAndControlCharactersAreRemoved() {
        assertEquals("passwd.pdf", UploadPolicy.safeName("../../etc/passwd.pdf"));
        assertEquals("x.pdf", UploadPolicy.safeName("C:\\Windows\\x.pdf"));
        assertEquals("_img src=x onerror=alert(1)_.pdf", UploadPolicy.safeName("<img src=x onerror=alert(1)>.pdf"));
        assertEquals("a_b.pdf", UploadPolicy.safeName("a\u0000b.pdf"));
        assertEquals("tep", UploadPolicy.safeName("  "));
        assertEquals(120, UploadPolicy.safeName("x".repeat(300)).length());
    }
}
