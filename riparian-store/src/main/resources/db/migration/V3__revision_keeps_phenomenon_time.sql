-- A revision may move an observation's phenomenon time (a SensorThings PATCH of phenomenonTime), so each superseded
-- revision keeps the time it had. Until now no time could change, so every kept revision had the observation's time.
alter table observation_history add column phenomenon_start_ms bigint;
alter table observation_history add column phenomenon_end_ms bigint;
update observation_history set
    phenomenon_start_ms = (select o.phenomenon_start_ms from observation o where o.id = observation_history.observation_id),
    phenomenon_end_ms = (select o.phenomenon_end_ms from observation o where o.id = observation_history.observation_id);
alter table observation_history alter column phenomenon_start_ms set not null;
alter table observation_history alter column phenomenon_end_ms set not null;
