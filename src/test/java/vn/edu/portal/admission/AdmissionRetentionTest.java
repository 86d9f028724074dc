package vn.edu.portal.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdmissionRetentionTest {

    @Test
    void anAbandonedDraftTakesItsPapersAndASubmittedOneLeavesThemToTheApplication() {
        Map<String, String> draft = Map.of("childName", "Nguyễn Văn An", "birthCertPath", "admission/7/a.pdf",
                "birthCertType", "application/pdf", "residencePath", "admission/7/b.png");
        assertEquals(List.of("admission/7/a.pdf", "admission/7/b.png"), AdmissionRetention.papersOf(draft, false));
        assertEquals(List.of(), AdmissionRetention.papersOf(draft, true));
        assertEquals(List.of(), AdmissionRetention.papersOf(Map.of("childName", "An"), false));
    }
}
