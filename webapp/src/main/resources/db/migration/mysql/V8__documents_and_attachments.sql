-- Official documents (文书) and evidence attachments (MySQL 8 / MariaDB); see
-- docs/adr/0008-documents-and-attachments.md. A document's bytes live in the object store under
-- storage_key; these tables say what they are. document and document_version rows are never
-- updated: a regenerated document is a new version row. Times are Beijing time, whole seconds.

-- One counter per document type, issuing department and year: the row lock that hands out
-- numbers without gaps or duplicates, on every node.
create table document_counter (
    doc_type varchar(32) character set ascii not null,
    department_code varchar(16) character set ascii not null,
    number_year int not null,
    last_value bigint not null,
    primary key (doc_type, department_code, number_year)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table document (
    id char(36) character set ascii not null primary key,
    -- binary collation: a case key matches exactly, as on H2
    case_key varchar(255) collate utf8mb4_bin not null,
    doc_type varchar(32) character set ascii not null,
    department_code varchar(16) character set ascii not null,
    number_year int not null,
    number_seq bigint not null,
    number_text varchar(64) not null,
    -- the enterprise the document concerns (当事人), if any
    enterprise_code char(18) character set ascii,
    -- whom it is served to: an enterprise, or an organ (a department, the commission)
    recipient_enterprise char(18) character set ascii,
    recipient_organ varchar(16) character set ascii,
    issued_at datetime not null,
    issued_by varchar(64) not null,
    constraint uq_document_number unique (doc_type, department_code, number_year, number_seq)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_document_case on document (case_key, issued_at);
create index ix_document_recipient_enterprise on document (recipient_enterprise, issued_at);
create index ix_document_recipient_organ on document (recipient_organ, issued_at);

create table document_version (
    document_id char(36) character set ascii not null,
    version int not null,
    storage_key varchar(255) character set ascii not null,
    sha256 char(64) character set ascii not null,
    size_bytes bigint not null,
    created_at datetime not null,
    created_by varchar(64) not null,
    primary key (document_id, version),
    constraint fk_document_version_document foreign key (document_id) references document (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- 送达回证: who confirmed receipt of a version, and when; at most one row per version
create table document_receipt (
    document_id char(36) character set ascii not null,
    version int not null,
    received_by varchar(64) not null,
    received_at datetime not null,
    primary key (document_id, version),
    constraint fk_document_receipt_version foreign key (document_id, version)
        references document_version (document_id, version)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Evidence: DRAFT while the step it belongs to is open (its uploader may delete it), SUBMITTED after.
create table attachment (
    id char(36) character set ascii not null primary key,
    case_key varchar(255) collate utf8mb4_bin not null,
    task_id varchar(64),
    file_name varchar(255) not null,
    content_type varchar(128) character set ascii not null,
    size_bytes bigint not null,
    sha256 char(64) character set ascii not null,
    storage_key varchar(255) character set ascii not null,
    state varchar(16) character set ascii not null,
    uploaded_by varchar(64) not null,
    uploaded_at datetime not null,
    submitted_at datetime
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_attachment_case on attachment (case_key, uploaded_at);
create index ix_attachment_task on attachment (task_id, state);
