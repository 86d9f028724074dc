package vn.edu.portal.search.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionShortcutsTest {

    private static List<String> paths(String query, boolean department) {
        return SectionShortcuts.of(query, department).stream().map(s -> s.path(department)).toList();
    }

    @Test
    void aQueryNamingASectionLeadsToIt() {
        assertEquals(List.of("tuyen-sinh"), paths("Tuyển sinh lớp 1", false));
        assertEquals(List.of("tuyen-sinh"), paths("admission", false), "in English: it found nothing");
        assertEquals(List.of("thu-tuc"), paths("thu tuc chuyen truong", false));
        assertEquals(List.of("thu-tuc-cac-truong"), paths("thủ tục", true), "the department's list of every school's");
        assertEquals(List.of("tuyen-sinh", "van-ban"), paths("văn bản tuyển sinh", false));
        assertEquals(List.of("truong-hoc"), paths("danh bạ", true));
        assertEquals(List.of(), paths("danh bạ", false), "no directory on a school's site");
        assertEquals(List.of("tra-cuu"), paths("tra cứu hồ sơ", false));
    }

    @Test
    void wholeWordsOnly() {
        assertEquals(List.of(), paths("documentary", false));
        assertEquals(List.of(), paths("", false));
        assertEquals(List.of(), paths(null, true));
        assertEquals(List.of(), paths("lễ khai giảng", false));
    }
}
