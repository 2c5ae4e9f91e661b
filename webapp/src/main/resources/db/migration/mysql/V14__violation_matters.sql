-- 违法事项目录 (issue 13): the violation matters with their discretion lists, and the import jobs of the
-- one import service (ADR 0013) (MySQL). Columns are utf8mb4, whose lengths count characters.

create table violation_matter (
    id bigint not null auto_increment primary key,
    code varchar(40) not null,
    department_code varchar(16) not null,
    name varchar(200) not null,
    legal_basis varchar(500) not null,
    penalty_basis varchar(500),
    discretion_list varchar(16),
    look_back_months int not null,
    limitation_months int not null,
    exemption_conditions varchar(1000),
    safety_bottom_line boolean not null,
    version bigint not null default 0,
    constraint uk_violation_matter_code unique (code),
    constraint fk_violation_matter_department foreign key (department_code) references department (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_violation_matter_department on violation_matter (department_code, discretion_list);

-- a file staged for confirmation, or a background import with its progress; the file is dropped when
-- the job ends. Errors are JSON; a file is at most a few MB (enforceflow.imports.max-file-size).
create table import_job (
    id varchar(36) not null primary key,
    target varchar(64) not null,
    status varchar(16) not null,
    filename varchar(255) not null,
    started_by varchar(64) not null,
    created_at datetime not null,
    finished_at datetime,
    total int not null,
    processed int not null,
    imported int not null,
    updated int not null,
    errors_json mediumtext,
    content mediumblob
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_import_job_created on import_job (created_at);
