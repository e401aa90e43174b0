-- ADR 0073: one mechanism for "follow this". A participatory budget's followers become the community module's
-- followers of the budget's public item: kind 'pb-process', named by its slug (as ParticipationItems names it, as
-- its meetings and its address do; a slug never changes). Who follows stays private. A slug may be 80 characters,
-- a consultation's id its process's slug and a number: the item's id column widens to hold them.
ALTER TABLE community_item_follow ALTER COLUMN item_id SET DATA TYPE VARCHAR(100);

INSERT INTO community_item_follow (account_id, item_kind, item_id, title, path, created_at)
SELECT f.account_id, 'pb-process', p.slug, p.title, '/presupuestos-participativos/' || p.slug, f.created_at
FROM pb_follower f JOIN pb_process p ON p.id = f.process_id
WHERE NOT EXISTS (SELECT 1 FROM community_item_follow c
                  WHERE c.account_id = f.account_id AND c.item_kind = 'pb-process' AND c.item_id = p.slug);

DROP TABLE pb_follower;
