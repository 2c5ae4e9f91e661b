-- Deadline breaches (ADR 0004): one row per user task that passed its deadline, for the statistics
-- (MySQL 8 / MariaDB). Times are Beijing time (hibernate.jdbc.time_zone).

create table deadline_breach (
    id bigint not null auto_increment primary key,
    process_key varchar(255) not null,
    process_instance_id varchar(64) not null,
    business_key varchar(255),
    task_id varchar(64) not null,
    task_definition_key varchar(255) not null,
    task_name varchar(255),
    assignee varchar(255),
    candidate_groups varchar(1000),
    due_at datetime not null,
    recorded_at datetime not null,
    late_by_working_days int not null,
    constraint uk_deadline_breach_task unique (task_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_deadline_breach_process_due on deadline_breach (process_key, due_at);
