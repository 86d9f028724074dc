-- Photo albums of a site: pictures from the media library with captions.
CREATE TABLE album (
    id           BIGINT        NOT NULL PRIMARY KEY,
    site_id      BIGINT        NOT NULL,
    slug         VARCHAR(120)  NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    description  VARCHAR(1000),
    published    BOOLEAN       NOT NULL,
    created_at   DATETIME(3)   NOT NULL,
    updated_at   DATETIME(3)   NOT NULL,
    CONSTRAINT uq_album_site_slug UNIQUE (site_id, slug),
    CONSTRAINT fk_album_site FOREIGN KEY (site_id) REFERENCES site (id)
);

CREATE TABLE album_photo (
    id        BIGINT        NOT NULL PRIMARY KEY,
    album_id  BIGINT        NOT NULL,
    media_id  BIGINT        NOT NULL,
    caption   VARCHAR(300),
    position  INT           NOT NULL,
    CONSTRAINT fk_album_photo_album FOREIGN KEY (album_id) REFERENCES album (id),
    CONSTRAINT fk_album_photo_media FOREIGN KEY (media_id) REFERENCES media_file (id)
);
CREATE INDEX ix_album_photo_album ON album_photo (album_id, position);
