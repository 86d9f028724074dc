package vn.edu.portal.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.edu.portal.content.MediaFile;
import vn.edu.portal.content.MediaUsage;

/** The disclosures' files, every version: the versions replaced are the record of what was published. */
@ApplicationScoped
public class DisclosureMediaUsage implements MediaUsage {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Use> uses(long siteId, MediaFile file) {
        List<Use> uses = new java.util.ArrayList<>(em.createQuery("select distinct i.title from DisclosureEntry e,"
                        + " CatalogueItem i where i.id = e.itemId and e.siteId = :s and e.mediaId = :m", String.class)
                .setParameter("s", siteId).setParameter("m", file.getId()).getResultList().stream()
                .map(title -> new Use("media.use.disclosure", title)).toList());
        // A disclosure's text may link the file (its address, a copy's, its thumbnail's).
        for (String address : MediaUsage.inText(file)) {
            em.createQuery("select distinct i.title from DisclosureEntry e, CatalogueItem i where i.id = e.itemId"
                            + " and e.siteId = :s and e.body like :u", String.class)
                    .setParameter("s", siteId).setParameter("u", address)
                    .getResultList().forEach(title -> uses.add(new Use("media.use.disclosureText", title)));
        }
        return uses;
    }
}
