package vn.edu.portal.content.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import vn.edu.portal.content.DocumentService;
import vn.edu.portal.content.DocumentType;
import vn.edu.portal.tenant.web.PublicSite;

/** The public list of a school's official documents, filtered by type, year and number. */
@Named
@RequestScoped
public class PublicDocuments {

    @Inject
    HttpServletRequest request;

    @Inject
    PublicSite pub;

    @Inject
    DocumentService documents;

    private List<DocumentService.DocumentView> list;

    public DocumentType getType() {
        try {
            String value = request.getParameter("loai");
            return value == null || value.isEmpty() ? null : DocumentType.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public Integer getYear() {
        String value = request.getParameter("nam");
        return value != null && value.matches("(19|20)\\d\\d") ? Integer.valueOf(value) : null;
    }

    public String getNumber() {
        String value = request.getParameter("so");
        return value == null ? "" : value.strip().substring(0, Math.min(60, value.strip().length()));
    }

    public List<DocumentService.DocumentView> getList() {
        if (list == null) {
            list = documents.published(pub.getSite().id(), getType(), getYear(), getNumber(), 200);
        }
        return list;
    }

    public DocumentType[] getTypes() {
        return DocumentType.values();
    }

    public List<Integer> getYears() {
        return documents.years(pub.getSite().id());
    }

}
