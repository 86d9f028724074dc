package vn.edu.portal.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.edu.portal.content.MediaFile;
import vn.edu.portal.content.MediaUsage;

/** A procedure's blank forms (each version, the replaced ones too: a submission cites its version). */
@ApplicationScoped
public class ProcedureMediaUsage implements MediaUsage {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Use> uses(long siteId, MediaFile file) {
        return em.createQuery("select b.title from BlankForm b where b.siteId = :s and b.mediaId = :m", String.class)
                .setParameter("s", siteId).setParameter("m", file.getId()).getResultList().stream()
                .map(title -> new Use("media.use.blankForm", title)).toList();
    }
}
