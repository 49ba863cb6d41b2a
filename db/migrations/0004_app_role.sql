-- Least privilege: the app logs in as a member of plassplan_app, which may read and write
-- the app's tables but only read and append to audit_log, and owns nothing, so it cannot
-- disable, drop or replace the append-only triggers. The role that runs the migrations owns
-- the tables. migrateDb calls this function again after every migration, so tables added
-- later get the same grants; a table with other rules than "read and write" changes it here.
CREATE OR REPLACE FUNCTION plassplan_grant_app_privileges() RETURNS void AS $$
BEGIN
  -- Two processes migrating one database at once would fail with "tuple concurrently updated".
  PERFORM pg_advisory_xact_lock(hashtext('plassplan_grant_app_privileges'));
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'plassplan_app') THEN
    BEGIN
      CREATE ROLE plassplan_app NOLOGIN;
    EXCEPTION
      -- Roles are cluster-wide: another database's migration may create it at the same moment.
      WHEN duplicate_object OR unique_violation THEN NULL;
      -- A development owner without CREATEROLE: the app then runs as the owner, as before.
      WHEN insufficient_privilege THEN
        RAISE WARNING 'role plassplan_app does not exist and % may not create it: no grants for the app role (create it, then run npm run db:migrate)', current_user;
        RETURN;
    END;
  END IF;
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO plassplan_app', current_database());
  -- A temporary table named audit_log would shadow the real one (pg_temp is searched first)
  -- and swallow a connection's entries; the app uses no temporary tables.
  EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC, plassplan_app', current_database());
  REVOKE ALL ON SCHEMA public FROM plassplan_app;
  GRANT USAGE ON SCHEMA public TO plassplan_app;
  REVOKE ALL ON ALL TABLES IN SCHEMA public FROM plassplan_app;
  GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO plassplan_app;
  REVOKE UPDATE, DELETE ON audit_log FROM plassplan_app;
  REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM plassplan_app;
  GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO plassplan_app;
  -- Read-only, so the app can tell whether migrations are pending without running them.
  IF to_regclass('drizzle.__drizzle_migrations') IS NOT NULL THEN
    GRANT USAGE ON SCHEMA drizzle TO plassplan_app;
    GRANT SELECT ON drizzle.__drizzle_migrations TO plassplan_app;
  END IF;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
REVOKE ALL ON FUNCTION plassplan_grant_app_privileges() FROM PUBLIC;
--> statement-breakpoint
SELECT plassplan_grant_app_privileges();
