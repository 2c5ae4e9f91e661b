-- The audit trail (ADR 0007): an append-only, hash-chained record of every state change (H2).
-- The application only ever inserts into audit_entry; audit_chain holds the head of the chain,
-- and its one row is the lock that puts appenders in order. Times are Beijing time, whole seconds.
-- H2 counts UTF-16 units where MySQL counts characters (an emoji is two in H2), so the text
-- columns are twice as wide as on MySQL; AuditRecord enforces the limits in characters.

create table audit_entry (
    seq bigint not null primary key,
    recorded_at timestamp not null,
    actor varchar(128) not null,
    action varchar(128) not null,
    case_key varchar(510),
    subject_type varchar(64),
    subject_id varchar(128),
    before_json clob,
    after_json clob,
    detail varchar(4000),
    previous_hash char(64) not null,
    hash char(64) not null
);
create index ix_audit_entry_case on audit_entry (case_key, seq);

create table audit_chain (
    id int not null primary key,
    last_seq bigint not null,
    last_hash char(64) not null
);
insert into audit_chain (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
