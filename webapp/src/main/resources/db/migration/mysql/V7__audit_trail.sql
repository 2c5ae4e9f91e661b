-- The audit trail (ADR 0007): an append-only, hash-chained record of every state change
-- (MySQL 8 / MariaDB). The application only ever inserts into audit_entry; audit_chain holds the
-- head of the chain, and its one row is the lock that puts appenders in order, across nodes.
-- Times are Beijing time, whole seconds. JSON text is limited to what `text` holds (65,535 bytes).

create table audit_entry (
    seq bigint not null primary key,
    recorded_at datetime not null,
    actor varchar(64) not null,
    action varchar(64) not null,
    -- binary collation: a case key matches exactly, as on H2
    case_key varchar(255) collate utf8mb4_bin,
    subject_type varchar(32),
    subject_id varchar(64),
    before_json text,
    after_json text,
    detail varchar(2000),
    previous_hash char(64) character set ascii not null,
    hash char(64) character set ascii not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_audit_entry_case on audit_entry (case_key, seq);

create table audit_chain (
    id int not null primary key,
    last_seq bigint not null,
    last_hash char(64) character set ascii not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
insert into audit_chain (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
