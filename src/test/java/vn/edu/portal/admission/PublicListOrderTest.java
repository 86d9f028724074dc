package vn.edu.portal.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The public lists in the order a Vietnamese reader looks a name up (they were in the order of character codes). */
class PublicListOrderTest {

    @Test
    void namesComeInVietnameseAlphabeticalOrder() {
        List<AdmissionLists.PublicRow> rows = List.of(row("Nguyễn V. A.", 2021), row("Vũ B.", 2021), row("Đỗ A.", 2021),
                row("Ngô T. B.", 2021), row("Huỳnh C.", 2021), row("Hồ D.", 2021), row("Dương E.", 2021), row("Hồ D.", 2020));
        assertEquals(List.of("Dương E. 2021", "Đỗ A. 2021", "Hồ D. 2020", "Hồ D. 2021", "Huỳnh C. 2021", "Ngô T. B. 2021",
                "Nguyễn V. A. 2021", "Vũ B. 2021"), AdmissionLists.alphabetical(rows).stream()
                .map(r -> r.maskedName() + " " + r.birthYear()).toList());
    }

    private static AdmissionLists.PublicRow row(String name, int year) {
        return new AdmissionLists.PublicRow(name, year, ApplicationStatus.SUBMITTED);
    }
}
