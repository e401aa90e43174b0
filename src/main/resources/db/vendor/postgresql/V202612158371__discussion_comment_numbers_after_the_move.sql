-- After V202612158370 inserted proposals' comments with their numbers, new comments are numbered after them.
SELECT setval(pg_get_serial_sequence('discussion_comment', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM discussion_comment), false);
