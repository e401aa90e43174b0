-- Archives: the approval of a baja documental records the Grupo Interdisciplinario's session whose acta approved it,
-- as an approval of the instruments does (V202612157830). Bajas approved before sessions were kept have none.
ALTER TABLE archives_disposal ADD COLUMN session_id BIGINT REFERENCES archives_group_session (id);
