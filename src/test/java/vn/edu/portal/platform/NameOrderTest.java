package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NameOrderTest {

    @Test
    void ordersNamesAsTheVietnameseCollatorDoes() {
        List<String> names = new ArrayList<>(List.of("Trường Tiểu học Đinh Tiên Hoàng", "Trường Tiểu học Ánh Sáng",
                "Trường Tiểu học Bạch Đằng", "Trường Tiểu học An Phú", "Trường Mầm non Hoa Sen", "trường tiểu học an lạc",
                "Trường Tiểu học Ðống Đa", "Trường THCS Lê Quý Đôn", "Trường Tiểu học Ấp Bắc"));
        List<String> expected = new ArrayList<>(names);
        expected.sort(Collator.getInstance(Locale.forLanguageTag("vi")));
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(NameOrder.of(names, s -> s));
        assertEquals(expected, sorted);
    }

    @Test
    void aMissingNameComesFirst() {
        record School(String name) { }
        List<School> schools = List.of(new School("Trường B"), new School(null), new School("Trường A"));
        List<School> sorted = new ArrayList<>(schools);
        sorted.sort(NameOrder.of(schools, School::name));
        assertEquals(List.of(schools.get(1), schools.get(2), schools.get(0)), sorted);
    }
}
