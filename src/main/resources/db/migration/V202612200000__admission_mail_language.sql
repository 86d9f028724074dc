-- The language of a family's mails (ApplicationEvents.language): the page's language when the family
-- read the consent, "en" or "vi". Applications kept before have none and are mailed in Vietnamese.
ALTER TABLE admission_application ADD COLUMN mail_language VARCHAR(2);
