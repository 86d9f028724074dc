package vn.edu.portal.content;

/** Kinds of official document a school issues (kế hoạch, quyết định, công văn, thông báo, …). */
public enum DocumentType {
    KE_HOACH, QUYET_DINH, CONG_VAN, THONG_BAO, BAO_CAO, HUONG_DAN, KHAC
}
