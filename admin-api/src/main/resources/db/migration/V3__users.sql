-- Local users of the service (officers, analysts, admins). Passwords are bcrypt hashes; roles are role names.
CREATE TABLE users (
    username      text        PRIMARY KEY CHECK (username ~ '^[A-Za-z0-9._@-]{1,64}$'),
    password_hash text        NOT NULL,
    roles         text[]      NOT NULL CHECK (roles <@ ARRAY['OFFICER', 'ANALYST', 'ADMIN']::text[]),
    disabled      boolean     NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
