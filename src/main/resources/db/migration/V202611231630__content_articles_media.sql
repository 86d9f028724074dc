-- News and announcements with an editorial workflow, their revisions, and each site's media.

ALTER TABLE site ADD COLUMN editors_publish BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE media_file (
    id            BIGINT        NOT NULL PRIMARY KEY,
    site_id       BIGINT        NOT NULL,
    kind          VARCHAR(10)   NOT NULL,
    display_name  VARCHAR(255)  NOT NULL,
    stored_path   VARCHAR(300)  NOT NULL,
    content_type  VARCHAR(120)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    width         INT,
    height        INT,
    thumb_path    VARCHAR(300),
    uploaded_by   VARCHAR(60)   NOT NULL,
    created_at    DATETIME(3)   NOT NULL,
    CONSTRAINT fk_media_file_site FOREIGN KEY (site_id) REFERENCES site (id)
);
CREATE INDEX ix_media_file_site ON media_file (site_id, created_at);

CREATE TABLE article (
    id              BIGINT        NOT NULL PRIMARY KEY,
    site_id         BIGINT        NOT NULL,
    category_id     BIGINT        NOT NULL,
    slug            VARCHAR(120)  NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    summary         VARCHAR(1000),
    body            MEDIUMTEXT    NOT NULL,
    tags            VARCHAR(500),
    cover_id        BIGINT,
    author          VARCHAR(60)   NOT NULL,
    author_name     VARCHAR(120)  NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    review_comment  VARCHAR(1000),
    publish_at      DATETIME(3),
    published_at    DATETIME(3),
    featured        BOOLEAN       NOT NULL,
    view_count      BIGINT        NOT NULL DEFAULT 0,
    deleted_at      DATETIME(3),
    created_at      DATETIME(3)   NOT NULL,
    updated_at      DATETIME(3)   NOT NULL,
    row_version     INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_article_site_slug UNIQUE (site_id, slug),
    CONSTRAINT fk_article_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_article_category FOREIGN KEY (category_id) REFERENCES category (id)
);
CREATE INDEX ix_article_public ON article (site_id, status, publish_at);
CREATE INDEX ix_article_all_public ON article (status, publish_at);

CREATE TABLE article_attachment (
    id         BIGINT NOT NULL PRIMARY KEY,
    article_id BIGINT NOT NULL,
    media_id   BIGINT NOT NULL,
    position   INT    NOT NULL,
    CONSTRAINT fk_article_attachment_article FOREIGN KEY (article_id) REFERENCES article (id),
    CONSTRAINT fk_article_attachment_media FOREIGN KEY (media_id) REFERENCES media_file (id)
);
CREATE INDEX ix_article_attachment_article ON article_attachment (article_id);

CREATE TABLE article_revision (
    id          BIGINT        NOT NULL PRIMARY KEY,
    article_id  BIGINT        NOT NULL,
    site_id     BIGINT        NOT NULL,
    number      INT           NOT NULL,
    title       VARCHAR(300)  NOT NULL,
    summary     VARCHAR(1000),
    body        MEDIUMTEXT    NOT NULL,
    editor      VARCHAR(60)   NOT NULL,
    note        VARCHAR(200),
    created_at  DATETIME(3)   NOT NULL,
    CONSTRAINT uq_article_revision UNIQUE (article_id, number),
    CONSTRAINT fk_article_revision_article FOREIGN KEY (article_id) REFERENCES article (id)
);
