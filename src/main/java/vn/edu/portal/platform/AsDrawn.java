package vn.edu.portal.platform;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * A console list as it was drawn, for the post that comes back from it. A row's button ("Xóa", "Khôi phục") is known by
 * its row's number, and the list was read again when the form was posted: a document added meanwhile by a colleague
 * shifted the rows, and "Xóa" deleted the document above the one pressed. Kept by a view-scoped page: read once when the
 * page is drawn, and the same list serves the post of that page (the buttons then act on the rows the user saw); read
 * again when the answer is drawn. Not kept across a server's restart (transient): the list is read again.
 */
public final class AsDrawn<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient List<T> drawn;

    public List<T> get(Supplier<List<T>> read) {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean drawing = faces == null || faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
        if (drawn == null || drawing && faces != null && faces.getAttributes().put(this, Boolean.TRUE) == null
                || faces == null) {
            drawn = read.get();
        }
        return drawn;
    }
}
