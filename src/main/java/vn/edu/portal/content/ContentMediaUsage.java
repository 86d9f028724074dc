package vn.edu.portal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The content's uses of a library file: an article's cover, attachment or text (trash included: it
 * can be restored), a page's text, an album's photo, an official document's file.
 */
@ApplicationScoped
public class ContentMediaUsage implements MediaUsage {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Use> uses(long siteId, MediaFile file) {
        List<Use> uses = new ArrayList<>();
        long id = file.getId();
        names("select a.title from Article a where a.siteId = :s and a.coverId = :m", siteId, id)
                .forEach(t -> uses.add(new Use("media.use.cover", t)));
        names("select a.title from Article a, ArticleAttachment x where x.articleId = a.id and a.siteId = :s and x.mediaId = :m",
                siteId, id).forEach(t -> uses.add(new Use("media.use.attachment", t)));
        names("select a.title from Album a, AlbumPhoto p where p.albumId = a.id and a.siteId = :s and p.mediaId = :m",
                siteId, id).forEach(t -> uses.add(new Use("media.use.album", t)));
        names("select d.number from OfficialDocument d where d.siteId = :s and d.mediaId = :m", siteId, id)
                .forEach(t -> uses.add(new Use("media.use.document", t)));
        // A copy not yet saved: its cover, or the file in its text (an upload made while writing is only there).
        names("select coalesce(x.title, '') from ArticleAutosave x where x.siteId = :s and x.coverId = :m", siteId, id)
                .forEach(t -> uses.add(new Use("media.use.draft", t)));
        for (String address : MediaUsage.inText(file)) {
            texts("select a.title from Article a where a.siteId = :s and a.body like :u", siteId, address)
                    .forEach(t -> uses.add(new Use("media.use.text", t)));
            texts("select coalesce(x.title, '') from ArticleAutosave x where x.siteId = :s and x.body like :u", siteId, address)
                    .forEach(t -> uses.add(new Use("media.use.draft", t)));
            texts("select p.title from Page p where p.siteId = :s and p.body like :u", siteId, address)
                    .forEach(t -> uses.add(new Use("media.use.page", t)));
            texts("select i.label from MenuItem i where i.siteId = :s and i.link like :u", siteId, address)
                    .forEach(t -> uses.add(new Use("media.use.menu", t)));
        }
        return uses;
    }

    private List<String> texts(String query, long siteId, String address) {
        return em.createQuery(query, String.class).setParameter("s", siteId).setParameter("u", address).getResultList();
    }

    private List<String> names(String query, long siteId, long mediaId) {
        return em.createQuery(query, String.class).setParameter("s", siteId).setParameter("m", mediaId).getResultList();
    }
}
