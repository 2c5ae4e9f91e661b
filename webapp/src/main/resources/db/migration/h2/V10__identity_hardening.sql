-- Sign-in throttling (ADR 0009), in the database so that the limits hold across nodes (H2).
-- One row per account-and-address and per address that failed recently; times are epoch seconds.
-- throttle_key is the SHA-256 of kind, username and address, so that an attacker's long username
-- cannot overflow it.

create table sign_in_throttle (
    throttle_key char(64) not null primary key,
    kind varchar(16) not null,
    username varchar(128),
    address varchar(64) not null,
    failures int not null,
    window_started bigint not null,
    locked_until bigint
);
create index ix_sign_in_throttle_window on sign_in_throttle (window_started);
