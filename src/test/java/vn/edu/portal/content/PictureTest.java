package vn.edu.portal.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The copies a picture is offered in: standard widths up to its own, never larger. */
class PictureTest {

    @Test
    void widthsStopAtTheOriginalAndASmallPictureKeepsItsOwn() {
        assertArrayEquals(new int[] {200, 400, 600, 800, 1200}, picture(1300, false).widths());
        assertArrayEquals(new int[] {200, 400, 600, 800, 1200, 1600}, picture(4000, false).widths());
        assertArrayEquals(new int[] {200, 400}, picture(400, false).widths());
        assertArrayEquals(new int[] {200}, picture(320, false).widths());
        assertArrayEquals(new int[] {150}, picture(150, false).widths());
    }

    @Test
    void srcsetListsEachCopyWithItsWidthAndWebpOnlyWhenWritten() {
        Picture p = picture(1300, true);
        assertEquals("/files/m/7/abc-w200.jpg 200w, /files/m/7/abc-w400.jpg 400w, /files/m/7/abc-w600.jpg 600w, "
                + "/files/m/7/abc-w800.jpg 800w, /files/m/7/abc-w1200.jpg 1200w", p.srcset(""));
        assertEquals("/ctx/files/m/7/abc-w200.webp 200w, /ctx/files/m/7/abc-w400.webp 400w, /ctx/files/m/7/abc-w600.webp 600w, "
                + "/ctx/files/m/7/abc-w800.webp 800w, /ctx/files/m/7/abc-w1200.webp 1200w", p.webpSrcset("/ctx"));
        assertNull(picture(1300, false).webpSrcset(""));
        assertEquals("/files/m/7/abc-w800.jpg", p.getSrc());
        assertEquals("/files/m/7/abc-w1200.jpg", p.getLargest());
        assertEquals("/files/m/7/abc-w400.jpg", picture(500, false).getSrc());
        assertEquals("/files/m/7/abc-w200.jpg", picture(300, false).getSrc());
    }

    private static Picture picture(int width, boolean webp) {
        return new Picture("/files/m/7/abc.png", width, width * 2 / 3, "/files/m/7/abc", webp);
    }
}
