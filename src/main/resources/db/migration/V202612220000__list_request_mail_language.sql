-- The language of the department's answer to a family's grade-6 "not on the list" request (ListRequests.decide):
-- the page's language when the family sent it, "en" or "vi". Requests kept before have none (Vietnamese).
ALTER TABLE admission_list_request ADD COLUMN mail_language VARCHAR(2);
