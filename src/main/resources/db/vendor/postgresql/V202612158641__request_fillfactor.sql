-- PostgreSQL only: pages of requests are filled to 80 %, so that the new version of a request whose deadline a calendar
-- change moves fits on its own page and the update touches no index (a HOT update; docs/adr/0085). It applies to the
-- pages written from now on; `VACUUM FULL access_request` (which locks the table while it rewrites it) applies it to
-- the existing ones.
ALTER TABLE access_request SET (fillfactor = 80);
