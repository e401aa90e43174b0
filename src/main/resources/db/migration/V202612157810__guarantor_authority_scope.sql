-- GUARANTOR is held per guarantor authority, no longer per jurisdiction (ADR 0026; LGTAIP 2025 art. 3 fr. III-V:
-- a jurisdiction may have several authorities, each deciding only the appeals before it). Each existing
-- membership on a jurisdiction becomes one on every guarantor authority of that jurisdiction, so nobody gains a
-- power they did not have; an administrator then narrows it to the person's own authority.
INSERT INTO membership (account_id, role, scope_kind, scope_id, sector, created_at)
SELECT m.account_id, m.role, 'GUARANTOR_AUTHORITY', i.slug, NULL, m.created_at
FROM membership m
JOIN jurisdiction j ON j.slug = m.scope_id
JOIN institution i ON i.guarantor_of = j.id
WHERE m.role = 'GUARANTOR' AND m.scope_kind = 'JURISDICTION'
  AND NOT EXISTS (SELECT 1 FROM membership o WHERE o.account_id = m.account_id AND o.role = 'GUARANTOR'
                  AND o.scope_kind = 'GUARANTOR_AUTHORITY' AND o.scope_id = i.slug);

DELETE FROM membership WHERE role = 'GUARANTOR' AND scope_kind = 'JURISDICTION';
