package vn.edu.portal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.AuditLog;

/** The official documents (văn bản) of one site at a time: every method takes the site id. */
@ApplicationScoped
public class DocumentService {

    /** The fields of the form; dates as typed (dd/MM/yyyy), checked here. */
    public record DocumentForm(String number, DocumentType type, String issuer, String signer, String issuedOn,
                               String effectiveOn, String summary, boolean published) {
    }

    /** A published document as the public list shows it. */
    public record DocumentView(long id, long siteId, String number, DocumentType type, String issuer, String signer,
                               LocalDate issuedOn, LocalDate effectiveOn, String summary, String fileUrl,
                               java.time.Instant updatedAt) {
        public long getId() { return id; }
        public String getNumber() { return number; }
        public DocumentType getType() { return type; }
        public String getIssuer() { return issuer; }
        public String getSigner() { return signer; }
        public LocalDate getIssuedOn() { return issuedOn; }
        public LocalDate getEffectiveOn() { return effectiveOn; }
        public String getSummary() { return summary; }
        public String getFileUrl() { return fileUrl; }
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    @PersistenceContext
    EntityManager em;

    @Inject
    MediaService media;

    @Inject
    AuditLog audit;

    @Inject
    Event<ContentChanged> changed;

    public Optional<OfficialDocument> find(long siteId, long id) {
        return Optional.ofNullable(em.find(OfficialDocument.class, id)).filter(d -> d.getSiteId() == siteId);
    }

    /** Creates (id null) or updates a document; {@code mediaId} is a PDF of the same site (or null to keep). */
    @Transactional
    public OfficialDocument save(long siteId, Long id, DocumentForm form, Long mediaId, boolean mayPublish, String actor,
                                 String ip) {
        OfficialDocument document = id == null ? new OfficialDocument(siteId, actor)
                : find(siteId, id).orElseThrow(() -> new SecurityException("document of another site"));
        Publishing.require(mayPublish, document.isPublished(), form.published(), "document " + (id == null ? "(new)" : id));
        FieldErrors errors = new FieldErrors();
        String number = form.number() == null ? "" : form.number().strip();
        if (number.isEmpty()) {
            errors.add("number", "validation.required");
        } else if (number.length() > 60) {
            errors.add("number", "validation.tooLong", 60);
        } else if (!em.createQuery("select d.id from OfficialDocument d where d.siteId = :s and d.number = :n and d.id <> :id",
                Long.class).setParameter("s", siteId).setParameter("n", number)
                .setParameter("id", id == null ? -1L : id).getResultList().isEmpty()) {
            errors.add("number", "document.number.taken");
        }
        if (form.type() == null) {
            errors.add("type", "validation.required");
        }
        required(errors, "issuer", form.issuer(), 200);
        required(errors, "summary", form.summary(), 1000);
        if (form.signer() != null && form.signer().strip().length() > 120) {
            errors.add("signer", "validation.tooLong", 120);
        }
        LocalDate issued = date(errors, "issuedOn", form.issuedOn(), true);
        LocalDate effective = date(errors, "effectiveOn", form.effectiveOn(), false);
        if (issued != null && issued.isAfter(LocalDate.now().plusDays(1))) {
            errors.add("issuedOn", "document.issuedOn.future");
        }
        if (issued != null && effective != null && effective.isBefore(issued)) {
            errors.add("effectiveOn", "document.effectiveOn.beforeIssued");
        }
        if (mediaId == null && document.getMediaId() == null && form.published()) {
            errors.add("file", "document.file.required");
        }
        Publishing.refusePersonalIds(errors, "number", number);
        Publishing.refusePersonalIds(errors, "issuer", form.issuer());
        Publishing.refusePersonalIds(errors, "signer", form.signer());
        Publishing.refusePersonalIds(errors, "summary", form.summary());
        errors.throwIfAny();
        document.update(number, form.type(), form.issuer().strip(), blankToNull(form.signer()), issued, effective,
                form.summary().strip(), form.published());
        if (mediaId != null) {
            MediaFile file = media.find(siteId, mediaId).orElseThrow(() -> new SecurityException("media of another site"));
            if (!file.getContentType().equals("application/pdf")) {
                throw FieldErrors.of("file", "document.file.pdf");
            }
            document.setMediaId(mediaId);
        }
        if (id == null) {
            em.persist(document);
        }
        audit.record(actor, siteId, id == null ? "document.create" : "document.save", number, ip);
        changed.fire(new ContentChanged(siteId, "document:" + document.getId()));
        return document;
    }

    @Transactional
    public void delete(long siteId, long id, boolean mayPublish, String actor, String ip) {
        OfficialDocument document = find(siteId, id).orElseThrow(() -> new SecurityException("document of another site"));
        Publishing.require(mayPublish, document.isPublished(), false, "document " + id);
        em.remove(document);
        audit.record(actor, siteId, "document.delete", document.getNumber(), ip);
        changed.fire(new ContentChanged(siteId, "document:" + id));
    }

    public List<OfficialDocument> all(long siteId) {
        return em.createQuery("select d from OfficialDocument d where d.siteId = :s order by d.issuedOn desc, d.id desc",
                OfficialDocument.class).setParameter("s", siteId).getResultList();
    }

    /** Published documents, filtered by type, year of issue and a part of the number (any may be null). */
    public List<DocumentView> published(long siteId, DocumentType type, Integer year, String number, int max) {
        StringBuilder jpql = new StringBuilder("select d from OfficialDocument d where d.siteId = :s and d.published = true");
        if (type != null) {
            jpql.append(" and d.type = :type");
        }
        if (year != null) {
            jpql.append(" and d.issuedOn >= :from and d.issuedOn < :to");
        }
        if (number != null && !number.isBlank()) {
            // "310/TB-SGDDT" finds "310/TB-SGDĐT": Đ is a letter of its own in the database's collation.
            jpql.append(" and lower(function('REPLACE', function('REPLACE', d.number, 'Đ', 'D'), 'đ', 'd')) like :number");
        }
        var query = em.createQuery(jpql.append(" order by d.issuedOn desc, d.id desc").toString(), OfficialDocument.class)
                .setParameter("s", siteId).setMaxResults(max);
        if (type != null) {
            query.setParameter("type", type);
        }
        if (year != null) {
            query.setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1));
        }
        if (number != null && !number.isBlank()) {
            query.setParameter("number", "%" + number.strip().replace('Đ', 'D').replace('đ', 'd').toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return views(query.getResultList());
    }

    public Optional<DocumentView> publishedOne(long siteId, long id) {
        return find(siteId, id).filter(OfficialDocument::isPublished).map(d -> views(List.of(d)).get(0));
    }

    public List<Integer> years(long siteId) {
        List<Integer> years = new ArrayList<>();
        for (LocalDate date : em.createQuery("select d.issuedOn from OfficialDocument d where d.siteId = :s and d.published = true",
                LocalDate.class).setParameter("s", siteId).getResultList()) {
            if (!years.contains(date.getYear())) {
                years.add(date.getYear());
            }
        }
        years.sort(java.util.Comparator.reverseOrder());
        return years;
    }

    public Stream<DocumentView> allPublished(long siteId) {
        return published(siteId, null, null, null, 10_000).stream();
    }

    private List<DocumentView> views(List<OfficialDocument> documents) {
        List<Long> mediaIds = documents.stream().map(OfficialDocument::getMediaId).filter(java.util.Objects::nonNull).toList();
        java.util.Map<Long, MediaFile> files = mediaIds.isEmpty() ? java.util.Map.of()
                : em.createQuery("select m from MediaFile m where m.id in :ids", MediaFile.class)
                        .setParameter("ids", mediaIds).getResultList().stream()
                        .collect(java.util.stream.Collectors.toMap(MediaFile::getId, m -> m));
        List<DocumentView> views = new ArrayList<>(documents.size());
        for (OfficialDocument d : documents) {
            MediaFile file = d.getMediaId() == null ? null : files.get(d.getMediaId());
            String url = file == null || !file.getSiteId().equals(d.getSiteId()) ? null : file.url();
            views.add(new DocumentView(d.getId(), d.getSiteId(), d.getNumber(), d.getType(), d.getIssuer(), d.getSigner(),
                    d.getIssuedOn(), d.getEffectiveOn(), d.getSummary(), url, d.getUpdatedAt()));
        }
        return views;
    }

    private static void required(FieldErrors errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(field, "validation.required");
        } else if (value.strip().length() > max) {
            errors.add(field, "validation.tooLong", max);
        }
    }

    private static LocalDate date(FieldErrors errors, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(field, "validation.required");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip(), DATE);
        } catch (DateTimeParseException e) {
            errors.add(field, "validation.date");
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
