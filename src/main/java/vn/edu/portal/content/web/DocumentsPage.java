package vn.edu.portal.content.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import vn.edu.portal.content.DocumentService;
import vn.edu.portal.content.DocumentType;
import vn.edu.portal.content.MediaService;
import vn.edu.portal.content.OfficialDocument;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.Uploads;
import vn.edu.portal.security.web.AdminShell;
import vn.edu.portal.security.web.StaffContext;

/** The official documents of a site: the list, and the form that adds or edits one (?id=). */
@Named
@ViewScoped
public class DocumentsPage implements Serializable {

    @Inject
    transient vn.edu.portal.content.web.Editorial editorial;

    @Inject
    transient AdminShell shell;

    @Inject
    transient DocumentService documents;

    @Inject
    transient MediaService media;

    private Long id;
    private String number;
    private DocumentType type = DocumentType.KE_HOACH;
    private String issuer;
    private String signer;
    private String issuedOn;
    private String effectiveOn;
    private String summary;
    private boolean published = true;
    private transient Part file;

    @PostConstruct
    void init() {
        // Those who may not publish start (and stay) with a draft.
        published = editorial.isCanPublish();
        issuer = shell.staff().site().name();
        shell.requested("id", "document", d -> documents.find(shell.staff().siteId(), d)).ifPresent(this::load);
    }

    private void load(OfficialDocument d) {
        id = d.getId();
        number = d.getNumber();
        type = d.getType();
        issuer = d.getIssuer();
        signer = d.getSigner();
        issuedOn = vn.edu.portal.platform.Formats.DAY.format(d.getIssuedOn());
        effectiveOn = d.getEffectiveOn() == null ? null : vn.edu.portal.platform.Formats.DAY.format(d.getEffectiveOn());
        summary = d.getSummary();
        published = d.isPublished();
    }

    /** The list as drawn: its rows' buttons act on the documents the user saw ({@link vn.edu.portal.platform.AsDrawn}). */
    public List<OfficialDocument> getDocuments() {
        return list.get(() -> documents.all(shell.staff().siteId()));
    }

    private final vn.edu.portal.platform.AsDrawn<OfficialDocument> list = new vn.edu.portal.platform.AsDrawn<>();

    public DocumentType[] getTypes() {
        return DocumentType.values();
    }

    public void save() {
        StaffContext staff = shell.staff();
        editorial.refuseForgedPublish("doc:published");
        try {
            Long mediaId = null;
            if (Uploads.present(file)) {
                byte[] data = Uploads.read(file, "file", media.fileLimit());
                if (!vn.edu.portal.platform.DocumentUpload.check("file", data, media.fileLimit()).extension().equals("pdf")) {
                    throw FieldErrors.of("file", "document.file.pdf");
                }
                mediaId = media.upload(staff.siteId(), "file", file.getSubmittedFileName(), data, staff.username()).getId();
            }
            OfficialDocument saved = documents.save(staff.siteId(), id, new DocumentService.DocumentForm(number, type,
                    issuer, signer, issuedOn, effectiveOn, summary, published), mediaId, editorial.isCanPublish(), staff.username(), staff.ip());
            Texts.info("document.saved", saved.getNumber());
            if (id == null) {
                clear();
            } else {
                load(saved);
            }
        } catch (FieldErrors e) {
            Texts.show("doc", e);
        }
    }

    public void delete(long documentId) {
        StaffContext staff = shell.staff();
        documents.delete(staff.siteId(), documentId, editorial.isCanPublish(), staff.username(), staff.ip());
        Texts.info("document.deleted");
        if (id != null && id == documentId) {
            clear();
            shell.reopen("van-ban"); // not the deleted document's address, which a reload would say is not found
        }
    }

    private void clear() {
        id = null;
        number = null;
        signer = null;
        issuedOn = null;
        effectiveOn = null;
        summary = null;
        published = editorial.isCanPublish();
        issuer = shell.staff().site().name();
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public DocumentType getType() { return type; }
    public void setType(DocumentType type) { this.type = type; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
    public String getSigner() { return signer; }
    public void setSigner(String signer) { this.signer = signer; }
    public String getIssuedOn() { return issuedOn; }
    public void setIssuedOn(String issuedOn) { this.issuedOn = issuedOn; }
    public String getEffectiveOn() { return effectiveOn; }
    public void setEffectiveOn(String effectiveOn) { this.effectiveOn = effectiveOn; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public boolean isPublished() { return published; }
    public void setPublished(boolean published) { this.published = published; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
