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
}
