package vn.edu.portal.admission;

import jakarta.persistence.Embeddable;

/**
 * One uploaded paper of an application: where the file is in the storage and its checked
 * content type. A value, replaced whole; mapped twice, birth certificate and proof of residence.
 */
@Embeddable
public class Paper {

    /** No file (before upload, or removed by the retention run). */
    static final Paper NONE = new Paper();

    String path;
    String type;

    protected Paper() {
    }

    Paper(String path, String type) {
        this.path = path;
        this.type = type;
    }

    public String getPath() {
        return path;
    }

    public String getType() {
        return type;
    }
}
