-- Sessions that can be ended, and login attempts that can be limited (fi.kuuleva.admin.security).

-- Every login token carries its user's session generation; a token whose generation is no longer the user's is
-- refused. Logout, a password change, disabling and removal move the user to a new value. Values come from one
-- sequence, so a user removed and created again under the same name never gets a generation an old token holds.
CREATE SEQUENCE session_generations;
ALTER TABLE users ADD COLUMN session_generation bigint NOT NULL DEFAULT nextval('session_generations');

-- Failed logins per user name ('user:NAME') and per client address ('address:IP') in the current window, shared by
-- every instance of the service. A key is gone or reset once its window has passed or the user logged in.
CREATE TABLE login_failures (
    key        text        PRIMARY KEY,
    failures   integer     NOT NULL CHECK (failures > 0),
    first_at   timestamptz NOT NULL
);
