-- After V202612158400 inserted the comments of budget projects and debates with their numbers, new comments are numbered after them.
ALTER TABLE discussion_comment ALTER COLUMN id RESTART WITH (SELECT COALESCE(MAX(id), 0) + 1 FROM discussion_comment);
