package vn.edu.portal.content.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import vn.edu.portal.content.MediaFile;
import vn.edu.portal.content.MediaService;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.Uploads;
import vn.edu.portal.security.web.AdminShell;

/** The media library of a site, with its quota. */
@Named
@ViewScoped
public class MediaPage implements Serializable {

    @Inject
    transient AdminShell shell;

    @Inject
    transient MediaService media;

    private transient Part file;

    /** The files listed, read once per view and again after an upload or a delete (the rows' forms carry their ids). */
    private List<MediaFile> files;

    public List<MediaFile> getFiles() {
        if (files == null) {
            files = media.list(shell.staff().siteId(), 200);
        }
        return files;
    }

    public long getUsedMb() {
        return media.used(shell.staff().siteId()) / 1024 / 1024;
    }

    public long getUsedKb() {
        return media.used(shell.staff().siteId()) / 1024;
    }

    public long getQuotaMb() {
        return media.quota() / 1024 / 1024;
    }

    public int getUsedPercent() {
        return (int) Math.min(100, media.used(shell.staff().siteId()) * 100 / Math.max(1, media.quota()));
    }

    public void upload() {
        try {
            byte[] data = Uploads.read(file, "file", Math.max(media.imageLimit(), media.fileLimit()));
            MediaFile saved = media.upload(shell.staff().siteId(), "file", file.getSubmittedFileName(), data,
                    shell.staff().username());
            Texts.info("media.uploaded", saved.getDisplayName());
            files = null;
        } catch (FieldErrors e) {
            Texts.show("upload", e);
        }
    }

    /** Deletes the file whose id its row's form posted ({@code file}). */
    public void deletePosted() {
        String posted = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("file");
        if (posted != null && posted.matches("\\d{1,18}")) {
            delete(Long.parseLong(posted));
        }
    }

    /**
     * Deletes a file and its copies; a file still shown somewhere stays, and the message names each
     * place, for the editor to take it off them first.
     */
    public void delete(long id) {
        try {
            media.delete(shell.staff().siteId(), id, shell.staff().username(), shell.staff().ip())
                    .ifPresentOrElse(deleted -> Texts.info("media.deleted", deleted.getDisplayName()),
                            () -> Texts.info("media.deletedAlready"));
            files = null;
        } catch (MediaService.InUse e) {
            Texts.error("media.inUse", e.getMessage(), e.uses().stream()
                    .map(use -> Texts.get(use.textKey(), use.name())).collect(java.util.stream.Collectors.joining("; ")));
        }
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
