package vn.edu.portal.disclosure.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.edu.portal.content.MediaService;
import vn.edu.portal.disclosure.DisclosureCatalogue;
import vn.edu.portal.disclosure.DisclosureEntry;
import vn.edu.portal.disclosure.DisclosureService;
import vn.edu.portal.disclosure.Figures;
import vn.edu.portal.disclosure.ItemKind;
import vn.edu.portal.disclosure.SchoolYear;
import vn.edu.portal.platform.DocumentUpload;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.Uploads;
import vn.edu.portal.security.web.AdminShell;
import vn.edu.portal.security.web.StaffContext;

/**
 * One item of a school's year ({@code ?nam=2026&ma=1.1}): write the draft (text, table or the
 * annual report PDF), see the privacy warnings, publish; the versions below. {@code &ban=<id>}
 * shows one version of this school's item.
 */
@Named
@ViewScoped
public class DisclosureEditPage implements Serializable {

    /** A cell of the table as typed; a cell that does not apply to its row (e.g. "finished" before the last grade) takes nothing. */
    public static class Cell implements Serializable {
        private final String key;
        private final boolean applies;
        private String value;

        Cell(String key, boolean applies, String value) {
            this.key = key;
            this.applies = applies;
            this.value = value;
        }

        public String getKey() { return key; }
        public boolean isApplies() { return applies; }
        public String getValue() { return value; }
        public void setValue(String value) { this.value = value; }
    }

    /** A row of the table: its label and cells. */
    public record TableRow(String label, List<Cell> cells) implements Serializable {
        public String getLabel() { return label; }
        public List<Cell> getCells() { return cells; }
    }

    @Inject
    transient vn.edu.portal.content.web.Editorial editorial;

    @Inject
    transient AdminShell shell;

    @Inject
    transient DisclosureService disclosures;

    @Inject
    transient DisclosureCatalogue catalogue;

    @Inject
    transient MediaService media;

    private int year;
    private String code;
    private String refusal;
    private boolean found;
    private String body;
    private List<TableRow> rows = new ArrayList<>();
    private boolean confirmPrivacy;
    private Long shownVersion;
    private transient Part file;
    private transient DisclosureService.ItemView view;

    @PostConstruct
    void init() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String nam = params.get("nam");
        code = params.get("ma");
        String ban = params.get("ban");
        if (ban != null && ban.matches("\\d{1,18}")) {
            // a version is looked up within this school only: another school's id is "not found"
            shell.requested("ban", "disclosure version", e -> disclosures.entry(shell.staff().siteId(), e))
                    .ifPresent(e -> shownVersion = e.getId());
            if (shownVersion == null) {
                return;
            }
        }
        if (nam == null || !nam.matches("\\d{4}") || code == null || !code.matches("\\d\\.\\d{1,2}")) {
            return;
        }
        year = Integer.parseInt(nam);
        load();
    }

    private void load() {
        try {
            view = disclosures.item(shell.staff().siteId(), year, code).orElse(null);
        } catch (FieldErrors e) {
            refusal = Texts.get(e.errors().values().iterator().next().key(), e.errors().values().iterator().next().args());
            return;
        }
        found = view != null;
        if (!found) {
            return;
        }
        DisclosureEntry current = view.draft() != null ? view.draft() : view.published();
        body = current == null ? null : current.getBody();
        rows = new ArrayList<>();
        if (view.item().getKind() == ItemKind.TABLE) {
            // the draft is typed in the item's current shape; figures of an older shape are not carried over
            var shape = shape();
            boolean sameShape = current == null || DisclosureService.kindOf(view.item(), current) == view.item().getTableKind();
            Map<String, java.math.BigDecimal> cells = sameShape ? Figures.parse(current == null ? null : current.getFigures())
                    : Map.of();
            java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            for (String row : shape.rows()) {
                List<Cell> line = new ArrayList<>();
                for (String column : shape.columnKeys()) {
                    java.math.BigDecimal value = cells.get(Figures.key(row, column));
                    line.add(new Cell(Figures.key(row, column), shape.applies(row, column),
                            value == null ? "" : vn.edu.portal.disclosure.Tables.number(value, locale).replace(" ", "")));
                }
                rows.add(new TableRow(DisclosureService.rowLabel(locale, row), line));
            }
        }
    }

    private void reload() {
        String keptBody = body;
        List<TableRow> keptRows = rows;
        load();
        body = keptBody;
        rows = keptRows;
    }

    private vn.edu.portal.disclosure.TableKind.Shape shape() {
        return view.item().getTableKind().shape(disclosures.level(shell.staff().siteId()));
    }

    /** The headings of the columns typed in, in the level's words. */
    public List<String> getColumns() {
        if (view == null || view.item().getTableKind() == null) {
            return List.of();
        }
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return shape().columnKeys().stream().map(c -> vn.edu.portal.disclosure.Tables.columnLabel(locale, shape(), c)).toList();
    }

    /** The table of the version shown by {@code &ban=}, with its rates. */
    public vn.edu.portal.disclosure.Tables.Rendered getShownTable() {
        DisclosureEntry shown = getShown();
        if (shown == null || shown.getFigures() == null) {
            return null;
        }
        var item = catalogue.catalogueItem(shown.getItemId()).orElseThrow();
        return disclosures.table(shell.staff().siteId(), item, shown, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** The rates and comparisons of the version being written or published, as the public will see them. */
    public vn.edu.portal.disclosure.Tables.Rendered getPreview() {
        if (view == null || view.item().getKind() != ItemKind.TABLE) {
            return null;
        }
        DisclosureEntry current = view.draft() != null ? view.draft() : view.published();
        return current == null ? null : disclosures.table(shell.staff().siteId(), view.item(), current,
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String getCitation() {
        return view == null ? null : view.citation(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    private Long upload(StaffContext staff) {
        if (!Uploads.present(file)) {
            return null;
        }
        byte[] data = Uploads.read(file, "file", media.fileLimit());
        if (!DocumentUpload.check("file", data, media.fileLimit()).extension().equals("pdf")) {
            throw FieldErrors.of("file", "disclosure.file.pdf");
        }
        return media.upload(staff.siteId(), "file", file.getSubmittedFileName(), data, staff.username()).getId();
    }

    private DisclosureEntry saveDraft(StaffContext staff) {
        Map<String, String> cells = new HashMap<>();
        rows.forEach(r -> r.cells().forEach(c -> cells.put(c.getKey(), c.getValue())));
        return disclosures.save(staff.siteId(), year, code, new DisclosureService.ItemInput(body, cells), upload(staff),
                staff.username(), staff.ip());
    }

    public String save() {
        StaffContext staff = shell.staff();
        try {
            DisclosureEntry draft = saveDraft(staff);
            Texts.info(draft.getPrivacyNotes() == null ? "disclosure.saved" : "disclosure.saved.privacy", draft.getVersionNo());
            load();
        } catch (FieldErrors e) {
            Texts.show("entry", e);
            reload();
        }
        return null;
    }

    /** Saves what was typed and publishes it; a privacy warning stops it until the editor confirms. */
    public String publish() {
        StaffContext staff = shell.staff();
        try {
            saveDraft(staff);
        } catch (FieldErrors e) {
            Texts.show("entry", e);
            reload();
            return null;
        }
        try {
            DisclosureEntry published = disclosures.publish(staff.siteId(), year, code, confirmPrivacy, editorial.isCanPublish(),
                    staff.username(), staff.ip());
            Texts.info("disclosure.published", published.getVersionNo());
            confirmPrivacy = false;
        } catch (FieldErrors e) {
            Texts.show("entry", e);
        }
        load();
        return null;
    }

    public DisclosureEntry getShown() {
        return shownVersion == null ? null : disclosures.entry(shell.staff().siteId(), shownVersion).orElse(null);
    }

    public String getShownFileUrl() {
        return disclosures.fileUrl(shell.staff().siteId(), getShown());
    }

    public String getFileUrl() {
        if (view == null) {
            return null;
        }
        return disclosures.fileUrl(shell.staff().siteId(), view.draft() != null ? view.draft() : view.published());
    }

    public List<DisclosureEntry> getVersions() {
        List<DisclosureEntry> all = new ArrayList<>();
        if (view != null) {
            if (view.draft() != null) {
                all.add(view.draft());
            }
            if (view.published() != null) {
                all.add(view.published());
            }
            all.addAll(view.superseded());
        }
        return all;
    }

    /** What the privacy scan found, each finding named in the page's language ("Số điện thoại: 0912 345 678"). */
    public String getPrivacyNotes() {
        String notes = view == null || view.draft() == null ? null : view.draft().getPrivacyNotes();
        if (notes == null) {
            return null;
        }
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return java.util.Arrays.stream(notes.split("; ")).map(finding -> {
            int colon = finding.indexOf(':');
            String kind = colon < 0 ? "" : finding.substring(0, colon);
            return vn.edu.portal.platform.PrivacyScan.KINDS.contains(kind)
                    ? Texts.get(locale, "disclosure.privacy.kind." + kind) + ": " + finding.substring(colon + 1) : finding;
        }).collect(java.util.stream.Collectors.joining("; "));
    }

    public String getYearLabel() { return SchoolYear.label(year); }
    public DisclosureService.ItemView getView() { return view; }
    public boolean isFound() { return found; }
    public String getRefusal() { return refusal; }
    public int getYear() { return year; }
    public String getCode() { return code; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public List<TableRow> getRows() { return rows; }
    public boolean isConfirmPrivacy() { return confirmPrivacy; }
    public void setConfirmPrivacy(boolean confirmPrivacy) { this.confirmPrivacy = confirmPrivacy; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
