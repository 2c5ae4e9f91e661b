-- The inbox read model (ADR 0006): the engine's open user tasks, who may take them, the tasks people
-- finished, the cases and who took part in them, kept in step with the engine in the same
-- transaction by the inbox's history event handler (MySQL 8 / MariaDB). Times are Beijing time, whole seconds.

create table inbox_case (
    process_instance_id varchar(64) not null primary key,
    process_definition_id varchar(64) not null,
    process_key varchar(255) not null,
    business_key varchar(255),
    started_by varchar(64),
    started_at datetime not null,
    ended_at datetime,
    end_state varchar(32)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_inbox_case_started_by on inbox_case (started_by, started_at, process_instance_id);
create index ix_inbox_case_business_key on inbox_case (business_key);

-- sort_due is the due date, or 9999-12-31 for a task without one, so that every database sorts
-- those last and one index serves both
create table inbox_task (
    task_id varchar(64) not null primary key,
    process_instance_id varchar(64),
    process_definition_id varchar(64),
    process_key varchar(255),
    task_key varchar(255),
    name varchar(255),
    business_key varchar(255),
    assignee varchar(64),
    created_at datetime not null,
    due_at datetime,
    sort_due datetime not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_inbox_task_assignee_due on inbox_task (assignee, sort_due, task_id);
create index ix_inbox_task_assignee_created on inbox_task (assignee, created_at, task_id);
create index ix_inbox_task_instance on inbox_task (process_instance_id);

-- candidate is 'G:<group id>' or 'U:<user id>'; claimable while the task has no assignee
create table inbox_candidate (
    task_id varchar(64) not null,
    candidate varchar(255) not null,
    claimable boolean not null,
    process_key varchar(255),
    sort_due datetime not null,
    created_at datetime not null,
    primary key (task_id, candidate)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_inbox_candidate_due on inbox_candidate (candidate, claimable, sort_due, task_id);
create index ix_inbox_candidate_created on inbox_candidate (candidate, claimable, created_at, task_id);

-- outcome COMPLETED or RETURNED
create table inbox_done (
    task_id varchar(64) not null primary key,
    done_by varchar(64) not null,
    outcome varchar(16) not null,
    process_instance_id varchar(64),
    process_definition_id varchar(64),
    process_key varchar(255),
    task_key varchar(255),
    name varchar(255),
    business_key varchar(255),
    created_at datetime not null,
    due_at datetime,
    done_at datetime not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_inbox_done_by on inbox_done (done_by, done_at, task_id);

-- everyone who started, held or could take a task of a case: 'G:<group id>' or 'U:<user id>'
create table inbox_participant (
    process_instance_id varchar(64) not null,
    participant varchar(255) not null,
    primary key (process_instance_id, participant)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- comments and return reasons on a case, in our own utf8mb4 table rather than the engine's
create table case_comment (
    id bigint not null auto_increment primary key,
    process_instance_id varchar(64) not null,
    task_id varchar(64),
    task_name varchar(255),
    author varchar(64) not null,
    kind varchar(16) not null,
    body varchar(2000) not null,
    created_at datetime not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_case_comment_instance on case_comment (process_instance_id, created_at);
