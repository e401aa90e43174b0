-- After V202612158400 inserted the comments of budget projects and debates with their numbers, new comments are numbered after them.
SELECT setval(pg_get_serial_sequence('discussion_comment', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM discussion_comment), false);
