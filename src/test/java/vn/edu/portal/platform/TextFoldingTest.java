package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextFoldingTest {

    @Test
    void foldsVietnameseDiacriticsAndDStroke() {
        assertEquals("truong hoc", TextFolding.fold("Trường Học"));
        assertEquals("dong da", TextFolding.fold("Đống Đa"));
        assertEquals("nguyen hue", TextFolding.fold("  NGUYỄN HUỆ "));
        assertEquals("", TextFolding.fold(null));
    }
}
