package vn.edu.portal.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.edu.portal.platform.PortalEntity;

@Entity
@Table(name = "album_photo")
public class AlbumPhoto extends PortalEntity {

    @Column(name = "album_id")
    private Long albumId;
    @Column(name = "media_id")
    private Long mediaId;
    private String caption;
    private int position;

    protected AlbumPhoto() {
    }

    AlbumPhoto(Long albumId, Long mediaId, String caption, int position) {
        this.albumId = albumId;
        this.mediaId = mediaId;
        this.caption = caption;
        this.position = position;
    }

    public Long getAlbumId() { return albumId; }
    public Long getMediaId() { return mediaId; }
    public String getCaption() { return caption; }
    public int getPosition() { return position; }
}
