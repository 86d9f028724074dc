package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrivacyScanTest {

    private static List<String> kinds(String text) {
        return PrivacyScan.scan(text, List.of("lienhe@truong.edu.vn")).stream().map(PrivacyScan.Finding::kind).toList();
    }

    @Test
    void aggregatesAndTheSchoolsOwnContactsPass() {
        assertEquals(List.of(), kinds("Tổng số giáo viên: 42; học sinh: 1.250 (tỉ lệ 98,5%). Điện thoại 028 3822 1234, "
                + "thư điện tử lienhe@truong.edu.vn. Quyết định số 123/QĐ-UBND ngày 12/05/2010 của Ủy ban nhân dân quận."));
    }

    @Test
    void personalDataIsFound() {
        assertEquals(List.of("id"), kinds("Số CCCD 079123456789 của phụ huynh"));
        assertEquals(List.of("phone"), kinds("Liên hệ cô chủ nhiệm 0912 345 678"));
        assertEquals(List.of("phone"), kinds("Gọi +84 912345678"));
        assertEquals(List.of("email"), kinds("Gửi về nguyenvana@gmail.com"));
        assertEquals(List.of("birth"), kinds("Em Nguyễn Văn An, 12/03/2016, lớp 4A"));
        assertEquals(List.of("birth"), kinds("học sinh sinh ngày 01/01/2015"));
        assertTrue(PrivacyScan.summary(PrivacyScan.scan("079123456789", List.of())).contains("id:079123456789"));
    }

    @Test
    void personalIdsAreNumbersOfTheirShape() {
        assertEquals(List.of("079216001234"), PrivacyScan.personalIds("Lê Văn An, 079216001234, lớp 4A"));
        assertEquals(List.of("001316012345"), PrivacyScan.personalIds("mã:001316012345."));
        assertEquals(List.of(), PrivacyScan.personalIds("Tài khoản 0792 1600 1234"), "written in groups");
        assertEquals(List.of(), PrivacyScan.personalIds("Tài khoản 123456789012"), "no province 123");
        assertEquals(List.of(), PrivacyScan.personalIds("Số 079816001234"), "no century digit 8");
        assertEquals(List.of(), PrivacyScan.personalIds("0792160012345"), "thirteen digits");
        assertEquals(List.of(), PrivacyScan.personalIds(null));
        // What went through before: full-width digits, invisible characters between digits, a dot just before.
        assertEquals(List.of("079221000123"), PrivacyScan.personalIds("\uff10\uff17\uff19\uff12\uff12\uff11\uff10\uff10\uff10\uff11\uff12\uff13"));
        assertEquals(List.of("079221000123"), PrivacyScan.personalIds("0792\u2060210\u200b00\u00ad123"));
        assertEquals(List.of("079221000123"), PrivacyScan.personalIds("CCCD.079221000123"));
        assertEquals(List.of("079221000123"), PrivacyScan.personalIds("<a href=\"/x?id=079221000123\">hồ sơ</a>"));
    }
}
