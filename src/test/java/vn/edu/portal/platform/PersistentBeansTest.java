package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The beans made at start-up are those holding an entity manager, inherited ones included. */
class PersistentBeansTest {

    static class Holder {
        @jakarta.persistence.PersistenceContext
        jakarta.persistence.EntityManager em;
    }

    static class Inherits extends Holder {
    }

    static class Plain {
        String name;
    }

    @Test
    void findsAnEntityManagerFieldInTheClassOrItsParents() {
        assertTrue(PersistentBeans.holdsPersistenceContext(Holder.class));
        assertTrue(PersistentBeans.holdsPersistenceContext(Inherits.class));
        assertFalse(PersistentBeans.holdsPersistenceContext(Plain.class));
        assertTrue(PersistentBeans.holdsPersistenceContext(vn.edu.portal.content.ContentService.class));
    }

    /**
     * An observer is made by whatever fires its event, a timer's call included, where Payara does not
     * inject an entity manager (it stayed null for the server's life): beans holding one observe no
     * event, but for the two below, whose events come from staff requests or from the change log's
     * poll, which starts only after {@link PersistentBeans} has made every such bean.
     */
    @Test
    void noBeanHoldingAnEntityManagerObservesEvents() throws java.io.IOException {
        java.util.List<String> found;
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            found = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    String text = java.nio.file.Files.readString(f);
                    return text.contains("@PersistenceContext") && text.contains("@Observes")
                            || text.contains("@PersistenceContext") && text.contains("event.Observes");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Object::toString).toList();
        }
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of("src/main/java/vn/edu/portal/tenant/SiteDirectory.java",
                "src/main/java/vn/edu/portal/procedure/SubmissionQueue.java"), java.util.Set.copyOf(found));
    }
}
